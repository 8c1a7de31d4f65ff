package com.gjjhall.contracts;

/**
 * A fact one service publishes for the others: part of the published language, never a service's
 * internal domain event. Every implementation is a record annotated with {@link PublishedEvent} and
 * listed in {@link EventCatalog}, with a JSON Schema under {@code schemas/}.
 */
public interface IntegrationEvent {

    /** The id of the aggregate the fact is about: the Kafka record key, so its events stay in order. */
    String subject();
}
