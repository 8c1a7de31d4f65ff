package com.gjjhall.messaging.inbound;

import java.util.List;

/**
 * A handler that applies the new events of a poll together, to save round trips to its database: it is called
 * once per poll with its events in the order received, after the poll's other handlers ran, in the transaction
 * that marks them all processed. When that transaction fails and the events are applied one at a time, it is
 * called with one event at a time. Whatever it does must therefore mean the same as handling the events one by
 * one in that order.
 */
public interface InboundBatchHandler extends InboundEventHandler {

    void handleAll(List<InboundEvent> events);

    @Override
    default void handle(InboundEvent event) {
        handleAll(List.of(event));
    }
}
