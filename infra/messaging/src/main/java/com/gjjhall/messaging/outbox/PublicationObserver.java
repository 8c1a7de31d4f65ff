package com.gjjhall.messaging.outbox;

import com.gjjhall.contracts.EventEnvelope;

import java.util.List;

/**
 * Told of each batch the broker acknowledged, before the outbox's position in the event store is saved.
 * Whatever happens to the process between the two, the batch is published again on restart.
 */
public interface PublicationObserver {

    void acknowledged(List<EventEnvelope> batch);
}
