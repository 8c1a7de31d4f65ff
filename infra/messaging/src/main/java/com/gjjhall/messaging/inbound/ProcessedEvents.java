package com.gjjhall.messaging.inbound;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of the inbound events already applied ({@code processed_event}). Marking an id and applying its
 * event happen in one transaction, so an id found here means the event's effects are committed.
 */
final class ProcessedEvents {

    private final JdbcTemplate jdbc;

    ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the id was new and is now marked, false when it had been marked before */
    boolean mark(InboundEvent event) {
        return jdbc.update("""
                insert into processed_event (event_id, event_type, topic, partition_no, record_offset)
                values (?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                event.envelope().id(), event.type(), event.topic(), event.partition(), event.offset()) == 1;
    }

    /** @return those of the ids that are marked: their events' effects are committed */
    Set<String> marked(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        Object[] ids = eventIds.toArray();
        return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            Array array = connection.createArrayOf("varchar", ids);
            try (PreparedStatement select = connection.prepareStatement(
                    "select event_id from processed_event where event_id = any(?)")) {
                select.setArray(1, array);
                Set<String> found = new HashSet<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            } finally {
                array.free();
            }
        });
    }

    /**
     * Marks a poll's events in one statement (one round trip whatever their number, one statement shape for
     * the server to keep planned). @return the ids that were new; an id appearing twice is returned once
     */
    Set<String> markAll(List<InboundEvent> all) {
        Map<String, InboundEvent> byId = new LinkedHashMap<>();
        all.forEach(event -> byId.putIfAbsent(event.envelope().id(), event));
        List<InboundEvent> events = List.copyOf(byId.values());
        int n = events.size();
        Object[] ids = new Object[n];
        Object[] types = new Object[n];
        Object[] topics = new Object[n];
        Object[] partitions = new Object[n];
        Object[] offsets = new Object[n];
        for (int i = 0; i < n; i++) {
            InboundEvent event = events.get(i);
            ids[i] = event.envelope().id();
            types[i] = event.type();
            topics[i] = event.topic();
            partitions[i] = event.partition();
            offsets[i] = event.offset();
        }
        return jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
            Array[] arrays = {connection.createArrayOf("varchar", ids), connection.createArrayOf("varchar", types),
                    connection.createArrayOf("varchar", topics), connection.createArrayOf("int4", partitions),
                    connection.createArrayOf("int8", offsets)};
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into processed_event (event_id, event_type, topic, partition_no, record_offset)
                    select * from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::int4[], ?::int8[])
                    on conflict (event_id) do nothing returning event_id""")) {
                for (int i = 0; i < arrays.length; i++) {
                    insert.setArray(i + 1, arrays[i]);
                }
                Set<String> fresh = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fresh.add(rows.getString(1));
                    }
                }
                return fresh;
            } finally {
                for (Array array : arrays) {
                    array.free();
                }
            }
        });
    }
}
