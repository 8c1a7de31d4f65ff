package com.gjjhall.messaging.inbound;

import java.util.Set;

/**
 * Reacts to published events. It runs inside the transaction that also records the event id, so its
 * database writes and the "already processed" mark commit or roll back together; an exception rolls
 * both back and the event is retried, then parked as a dead letter.
 */
public interface InboundEventHandler {

    /** Logical types handled, e.g. {@code identity.UnitEnrolled.v1}; empty means every event consumed. */
    Set<String> eventTypes();

    void handle(InboundEvent event);

    default boolean handles(String type) {
        return eventTypes().isEmpty() || eventTypes().contains(type);
    }
}
