package com.gjjhall.messaging.inbound;

import com.gjjhall.messaging.trace.TraceId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies inbound events exactly once: an event's id goes into {@code processed_event} in the same
 * transaction as the handlers' effects. A second delivery of the same id changes nothing.
 *
 * <p>A poll's records are applied in one transaction ({@link #processPoll}): one statement marks them all,
 * the handlers run for each new one in order, one commit. Should that transaction fail, each record is applied
 * again in its own, as {@link #process} does; the first that fails alone stops the poll with a
 * {@link BatchListenerFailedException} at its index, so the records before it stay committed and it goes
 * through the container's retries and dead letters. A handler sees the same either way: one event at a time,
 * inside a transaction that also marks it, rolled back with it; an {@link InboundBatchHandler} sees a poll's
 * events of its types at once.
 */
public class InboundEventProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundEventProcessor.class);

    private final List<InboundEventHandler> handlers;
    private final ProcessedEvents processed;
    private final TransactionTemplate transaction;
    private final List<Runnable> afterRollback;
    private final Counter applied;
    private final Counter duplicates;

    /**
     * @param afterRollback run when an inbound transaction rolls back, e.g. to empty caches (an Axon aggregate
     *                      cache) that took in state the rollback undid
     */
    public InboundEventProcessor(List<InboundEventHandler> handlers, JdbcTemplate jdbc, TransactionTemplate transaction,
                                 List<Runnable> afterRollback, MeterRegistry meters) {
        this.handlers = List.copyOf(handlers);
        this.processed = new ProcessedEvents(jdbc);
        this.transaction = transaction;
        this.afterRollback = List.copyOf(afterRollback);
        this.applied = Counter.builder("gjj.inbound.applied").register(meters);
        this.duplicates = Counter.builder("gjj.inbound.duplicates").description("redelivered events ignored")
                .register(meters);
    }

    public InboundEventProcessor(List<InboundEventHandler> handlers, JdbcTemplate jdbc,
                                 TransactionTemplate transaction, MeterRegistry meters) {
        this(handlers, jdbc, transaction, List.of(), meters);
    }

    /** @return true when applied now, false when it had been applied before */
    public boolean process(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundRecords.toEvent(record);
        try (TraceId.Scope ignored = TraceId.open(event.envelope().traceId())) {
            Boolean fresh = transaction.execute(status -> {
                watchForRollback();
                if (!processed.mark(event)) {
                    return false;
                }
                apply(event);
                return true;
            });
            (Boolean.TRUE.equals(fresh) ? applied : duplicates).increment();
            logOutcome(event, Boolean.TRUE.equals(fresh));
            return Boolean.TRUE.equals(fresh);
        }
    }

    /** @return those of the event ids whose events have been applied (and committed) */
    public Set<String> alreadyApplied(Collection<String> eventIds) {
        return processed.marked(eventIds);
    }

    /**
     * Applies the records of one poll, in order. @throws BatchListenerFailedException at the index of the first
     * record that fails on its own; every record before it is committed
     */
    public void processPoll(List<ConsumerRecord<String, byte[]>> records) {
        List<InboundEvent> events = records.size() > 1 ? wellFormed(records) : null;
        if (events != null) {
            try {
                applyTogether(events);
                return;
            } catch (RuntimeException e) {
                log.info("{} events failed as one transaction ({}): applying them one at a time", events.size(),
                        e.toString());
            }
        }
        for (int i = 0; i < records.size(); i++) {
            try {
                process(records.get(i));
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e, i);
            }
        }
    }

    private void applyTogether(List<InboundEvent> events) {
        int fresh = transaction.execute(status -> {
            watchForRollback();
            Set<String> unmarked = processed.markAll(events);
            int count = unmarked.size();
            Map<InboundBatchHandler, List<InboundEvent>> together = new LinkedHashMap<>();
            for (InboundEvent event : events) {
                try (TraceId.Scope ignored = TraceId.open(event.envelope().traceId())) {
                    boolean isNew = unmarked.remove(event.envelope().id());
                    if (isNew) {
                        for (InboundEventHandler handler : handlers) {
                            if (!handler.handles(event.type())) {
                                continue;
                            }
                            if (handler instanceof InboundBatchHandler batchHandler) {
                                together.computeIfAbsent(batchHandler, h -> new ArrayList<>()).add(event);
                            } else {
                                handler.handle(event);
                            }
                        }
                    }
                    logOutcome(event, isNew);
                }
            }
            together.forEach(InboundBatchHandler::handleAll);
            return count;
        });
        applied.increment(fresh);
        duplicates.increment(events.size() - fresh);
    }

    private void apply(InboundEvent event) {
        for (InboundEventHandler handler : handlers) {
            if (handler.handles(event.type())) {
                handler.handle(event);
            }
        }
    }

    /** The poll's events, or null when a record has no usable envelope: the records then go one at a time. */
    private static List<InboundEvent> wellFormed(List<ConsumerRecord<String, byte[]>> records) {
        List<InboundEvent> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(InboundRecords.toEvent(record));
            } catch (MalformedEventException e) {
                return null;
            }
        }
        return events;
    }

    private void watchForRollback() {
        if (afterRollback.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    afterRollback.forEach(Runnable::run);
                }
            }
        });
    }

    private static void logOutcome(InboundEvent event, boolean fresh) {
        log.debug("{} {} {} from {}", fresh ? "applied" : "already applied", event.type(), event.envelope().id(),
                event.topic());
    }
}
