package com.gjjhall.collection.shared;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * Runs the commands of a poll in one Axon unit of work, inside the inbound transaction. Each command keeps its own
 * (nested) unit of work and sees what the commands before it did to an aggregate, but the events of all of them
 * are appended in one batch and handed to the views written in the transaction together, when this one commits,
 * instead of an insert and a view call per command (Axon's command handling and event-store commit were most of
 * collection-service's CPU a debit). The aggregates the commands load stay locked until then. A command that fails
 * rolls the whole of it back and is thrown: the inbound transaction rolls back and its events are applied again
 * one at a time.
 */
public final class OneUnitOfWork {

    private OneUnitOfWork() {
    }

    /** @param what what the commands are for, for Axon's logs */
    public static void run(String what, Runnable commands) {
        DefaultUnitOfWork.startAndGet(new GenericMessage<>(what)).execute(commands);
    }
}
