package com.gjjhall.collection.config;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.util.stream.Stream;

/**
 * Axon's JDBC event storage, without the search for a snapshot before every aggregate is read from its events, nor
 * the search for the events of an aggregate known to have none yet ({@link NewAggregates}).
 * No aggregate of collection-service has a snapshot trigger, so none is ever stored; the search was one query
 * more for every new debit. Should snapshots come, the readSnapshotData override goes: events are never deleted,
 * so a snapshot left unread would only make loading slower, never wrong.
 */
class SnapshotlessEventStorageEngine extends JdbcEventStorageEngine {

    SnapshotlessEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return Stream.empty();
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        if (firstSequenceNumber == 0 && NewAggregates.isKnownNew(aggregateIdentifier)) {
            return Stream.empty();
        }
        return super.readEventData(aggregateIdentifier, firstSequenceNumber);
    }
}
