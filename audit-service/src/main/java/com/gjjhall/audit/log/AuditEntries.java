package com.gjjhall.audit.log;

import org.springframework.jdbc.core.RowMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** How log rows are read: the columns of {@link AuditEntry} and of {@link LoggedEvent}, in one place. */
public final class AuditEntries {

    public static final String ENTRY_COLUMNS = """
            sequence_no, event_id, event_type, source, subject, unit_id, occurred_at, recorded_at, trace_id, topic,
            partition_no, record_offset, payload, previous_hash, entry_hash, hash_scheme""";

    public static final String EVENT_COLUMNS = """
            sequence_no, event_id, event_type, source, subject, occurred_at, recorded_at, trace_id, topic,
            partition_no, record_offset, payload""";

    public static final RowMapper<AuditEntry> ENTRY = (rs, i) -> entry(rs);
    public static final RowMapper<LoggedEvent> EVENT = (rs, i) -> event(rs);

    private AuditEntries() {
    }

    public static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, 7), instant(rs, 8), rs.getString(9), rs.getString(10), rs.getInt(11),
                rs.getLong(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16));
    }

    public static LoggedEvent event(ResultSet rs) throws SQLException {
        return new LoggedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getLong(11),
                rs.getString(12));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
