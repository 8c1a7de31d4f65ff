package com.gjjhall.gateway.problem;

/**
 * A refusal the gateway decided on (bad token, key set unreachable). Carries no stack trace: it is
 * an expected outcome, raised thousands of times a second under a token-guessing client.
 */
public class GatewayException extends RuntimeException {

    private final GatewayError error;

    public GatewayException(GatewayError error, String reason) {
        this(error, reason, null);
    }

    public GatewayException(GatewayError error, String reason, Throwable cause) {
        super(reason, cause, false, false);
        this.error = error;
    }

    public GatewayError error() {
        return error;
    }
}
