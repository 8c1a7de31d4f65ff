package com.gjjhall.messaging.inbound;

/** A record without a usable envelope: retrying cannot help, so it goes straight to the dead letters. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }
}
