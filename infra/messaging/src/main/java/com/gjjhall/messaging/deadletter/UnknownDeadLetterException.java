package com.gjjhall.messaging.deadletter;

/** No letter waits at this position: never parked there, re-driven since, or parked again elsewhere. */
public class UnknownDeadLetterException extends RuntimeException {

    private final String position;

    public UnknownDeadLetterException(String position) {
        super("no pending dead letter at " + position);
        this.position = position;
    }

    public String position() {
        return position;
    }
}
