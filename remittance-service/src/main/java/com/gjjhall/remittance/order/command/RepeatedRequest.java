package com.gjjhall.remittance.order.command;

/** A request whose client key was used before: nothing is done again, the first outcome is returned. */
public class RepeatedRequest extends RuntimeException {

    public RepeatedRequest(String clientKey) {
        super("client key already used: " + clientKey);
    }
}
