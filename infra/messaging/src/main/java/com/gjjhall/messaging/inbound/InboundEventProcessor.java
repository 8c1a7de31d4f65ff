package com.gjjhall.messaging.inbound;

import com.gjjhall.messaging.trace.TraceId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Applies an inbound event exactly once: the event id goes into {@code processed_event} in the same
 * transaction as the handlers' effects. A second delivery of the same id changes nothing.
 */
public class InboundEventProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundEventProcessor.class);

    private final List<InboundEventHandler> handlers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Counter applied;
    private final Counter duplicates;

    public InboundEventProcessor(List<InboundEventHandler> handlers, JdbcTemplate jdbc,
                                 TransactionTemplate transaction, MeterRegistry meters) {
        this.handlers = List.copyOf(handlers);
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.applied = Counter.builder("gjj.inbound.applied").register(meters);
        this.duplicates = Counter.builder("gjj.inbound.duplicates").description("redelivered events ignored")
                .register(meters);
    }

    /** @return true when applied now, false when it had been applied before */
    public boolean process(ConsumerRecord<String, byte[]> record) {
        InboundEvent event = InboundRecords.toEvent(record);
        try (TraceId.Scope ignored = TraceId.open(event.envelope().traceId())) {
            Boolean fresh = transaction.execute(status -> {
                if (!markProcessed(event)) {
                    return false;
                }
                for (InboundEventHandler handler : handlers) {
                    if (handler.handles(event.type())) {
                        handler.handle(event);
                    }
                }
                return true;
            });
            (Boolean.TRUE.equals(fresh) ? applied : duplicates).increment();
            log.debug("{} {} {} from {}", Boolean.TRUE.equals(fresh) ? "applied" : "already applied",
                    event.type(), event.envelope().id(), event.topic());
            return Boolean.TRUE.equals(fresh);
        }
    }

    private boolean markProcessed(InboundEvent event) {
        return jdbc.update("""
                insert into processed_event (event_id, event_type, topic, partition_no, record_offset)
                values (?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                event.envelope().id(), event.type(), event.topic(), event.partition(), event.offset()) == 1;
    }
}
