package com.gjjhall.audit.log;

import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.Set;

/**
 * Appends every consumed event to the audit log, once (the messaging layer already drops redeliveries;
 * the unique event id is the last line of defence).
 */
@Component
class AuditLogRecorder implements InboundEventHandler {

    private final JdbcTemplate jdbc;

    AuditLogRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of();
    }

    @Override
    public void handle(InboundEvent event) {
        // The chain needs one writer at a time: a transaction-scoped lock orders concurrent appenders.
        jdbc.execute("select pg_advisory_xact_lock(hashtext('gjj.audit_log'))");
        List<String> last = jdbc.queryForList(
                "select entry_hash from audit_log order by sequence_no desc limit 1", String.class);
        String previous = last.isEmpty() ? EntryHash.GENESIS : last.get(0);
        var envelope = event.envelope();
        String payload = event.json();
        jdbc.update("""
                insert into audit_log (event_id, event_type, source, subject, occurred_at, trace_id, topic,
                                       partition_no, record_offset, payload, previous_hash, entry_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                envelope.id(), envelope.type(), envelope.source(), envelope.subject(),
                Timestamp.from(envelope.time()), envelope.traceId(), event.topic(), event.partition(),
                event.offset(), payload, previous,
                EntryHash.of(previous, envelope.id(), envelope.type(), envelope.subject(), event.topic(),
                        event.partition(), event.offset(), payload));
    }
}
