package com.gjjhall.messaging.outbox;

/** The broker did not acknowledge a batch in time; the outbox keeps its position and tries again. */
public class EventPublicationFailed extends RuntimeException {

    public EventPublicationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
