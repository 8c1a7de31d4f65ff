package com.gjjhall.collection.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/**
 * Axon's embedded event store, waking its readers (the outbox) only once the events are visible. Events
 * appended inside a longer Spring transaction (an inbound event's) would otherwise wake the outbox before
 * that transaction commits: it would read nothing and sleep a whole fetch delay (a second) before publishing.
 */
public class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wakeReaders(events);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wakeReaders(events);
            }
        });
    }

    private void wakeReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
