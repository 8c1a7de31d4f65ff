package com.gjjhall.audit.log.append;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.CopyText;
import com.gjjhall.audit.log.AuditEntry;
import com.gjjhall.audit.log.EntryHash;
import com.gjjhall.audit.log.LogSignal;
import com.gjjhall.contracts.EventJson;
import org.apache.kafka.common.TopicPartition;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Appends a batch of Kafka records to the log in one transaction: each event once (by event id), numbered
 * without holes and chained to the entry before it, together with the log's new position in each
 * partition. Appenders take turns on the head row's lock, which is also what keeps the numbering and
 * the chain linear when several instances append.
 *
 * <p>The positions are checked before anything is written: if the log does not stand where the reader
 * believes (the database was lost or restored, another instance took the partition over), the batch is
 * refused and the reader re-reads from the log's own positions. That is what makes the log exactly-once
 * without relying on the consumer group's offsets, and what makes an empty database fill itself from
 * the topics' beginnings.
 */
@Component
public class LogAppender {

    private static final String COPY = """
            copy audit_log (sequence_no, event_id, event_type, source, subject, unit_id, occurred_at, recorded_at,
                            trace_id, topic, partition_no, record_offset, payload, previous_hash, entry_hash,
                            hash_scheme) from stdin""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LogSignal signal;
    private final Clock clock;

    public LogAppender(JdbcTemplate jdbc, TransactionTemplate transaction, LogSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * @param events   records in the order read (per partition, by offset)
     * @param expected where the reader believes the log stands in each partition of the batch (absent:
     *                 the reader started from the partition's beginning)
     * @param owner    the rebuild holding the log, or null for a live reader
     */
    public AppendOutcome append(List<IncomingEvent> events, Map<TopicPartition, Long> expected, String owner) {
        AppendOutcome outcome = transaction.execute(status -> appendInTransaction(events, expected, owner));
        if (outcome != null && outcome.appended() > 0) {
            signal.appended();
        }
        return outcome;
    }

    private static Map<TopicPartition, Long> positionsOf(String json) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        try {
            for (JsonNode position : EventJson.mapper().readTree(json)) {
                positions.put(new TopicPartition(position.get(0).asText(), position.get(1).asInt()),
                        position.get(2).asLong());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return positions;
    }

    /** Every position the log holds: the next offset to log per partition. */
    public Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        jdbc.query("select topic, partition_no, next_offset from log_source_position", rs -> {
            positions.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
        });
        return positions;
    }

    private AppendOutcome appendInTransaction(List<IncomingEvent> events, Map<TopicPartition, Long> expected,
                                              String owner) {
        // one round trip for the head (locked) and the positions: under load every round trip counts
        Head head = jdbc.queryForObject("""
                select h.last_sequence_no, h.last_hash, h.maintenance_owner,
                       h.maintenance_until is not null and h.maintenance_until > now(),
                       (select coalesce(json_agg(json_build_array(topic, partition_no, next_offset)), '[]')
                        from log_source_position)
                from audit_log_head h where h.id = 1 for update of h""",
                (rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        positionsOf(rs.getString(5))));
        if (head.maintained() && !head.maintenanceOwner().equals(owner)) {
            return AppendOutcome.paused();
        }
        Map<TopicPartition, Long> logged = head.positions();
        Map<TopicPartition, Long> next = new LinkedHashMap<>();
        for (IncomingEvent event : events) {
            TopicPartition partition = event.topicPartition();
            if (!next.containsKey(partition) && !Objects.equals(logged.get(partition), expected.get(partition))) {
                return AppendOutcome.reseek(logged);
            }
            next.put(partition, event.offset() + 1);
        }
        Set<String> known = alreadyLogged(events);
        Instant recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long sequence = head.lastSequenceNo();
        String previous = head.lastHash();
        StringBuilder rows = new StringBuilder(events.size() * 512);
        int appended = 0;
        for (IncomingEvent event : events) {
            if (!known.add(event.eventId())) {
                continue;
            }
            AuditEntry entry = new AuditEntry(++sequence, event.eventId(), event.eventType(), event.source(),
                    event.subject(), event.unitId(), event.occurredAt(), recordedAt, event.traceId(), event.topic(),
                    event.partition(), event.offset(), event.payload(), previous, null, EntryHash.SCHEME);
            String hash = EntryHash.of(previous, entry);
            CopyText.row(rows, entry.sequenceNo(), entry.eventId(), entry.eventType(), entry.source(), entry.subject(),
                    entry.unitId(), entry.occurredAt(), recordedAt, entry.traceId(), entry.topic(), entry.partition(),
                    entry.offset(), entry.payload(), previous, hash, EntryHash.SCHEME);
            previous = hash;
            appended++;
        }
        if (appended > 0) {
            copy(rows);
        }
        String[] topics = new String[next.size()];
        Integer[] partitions = new Integer[next.size()];
        Long[] offsets = new Long[next.size()];
        int i = 0;
        for (Map.Entry<TopicPartition, Long> position : next.entrySet()) {
            topics[i] = position.getKey().topic();
            partitions[i] = position.getKey().partition();
            offsets[i++] = position.getValue();
        }
        jdbc.update("""
                with head as (update audit_log_head set last_sequence_no = ?, last_hash = ? where id = 1)
                insert into log_source_position (topic, partition_no, next_offset)
                select * from unnest(?::varchar[], ?::int[], ?::bigint[])
                on conflict (topic, partition_no) do update set next_offset = excluded.next_offset""",
                sequence, previous, topics, partitions, offsets);
        return new AppendOutcome(AppendOutcome.Kind.APPENDED, appended, events.size() - appended, sequence, next);
    }

    /** COPY in the transaction's connection: faster than batched inserts for wide rows like these. */
    private void copy(StringBuilder rows) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Set<String> alreadyLogged(List<IncomingEvent> events) {
        String[] ids = events.stream().map(IncomingEvent::eventId).distinct().toArray(String[]::new);
        return new HashSet<>(jdbc.queryForList("select event_id from audit_log where event_id = any(?)",
                String.class, (Object) ids));
    }

    private record Head(long lastSequenceNo, String lastHash, String maintenanceOwner, boolean maintained,
                        Map<TopicPartition, Long> positions) {
    }
}
