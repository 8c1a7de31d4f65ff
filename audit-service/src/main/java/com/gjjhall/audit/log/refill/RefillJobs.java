package com.gjjhall.audit.log.refill;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rebuilds of the log from Kafka in the database, readable from any instance. */
@Component
class RefillJobs {

    private static final RowMapper<RefillJob> JOB = (rs, i) -> new RefillJob(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
            rs.getString(8), instant(rs, 9), instant(rs, 10));

    private final JdbcTemplate jdbc;

    RefillJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when a rebuild is running already */
    void insert(UUID id, String owner, Duration abandonedAfter) {
        failAbandoned(abandonedAfter);
        jdbc.update("insert into log_refill (id, status, owner, started_at, heartbeat_at) values (?, 'RUNNING', ?, now(), now())",
                id, owner);
    }

    /** A running rebuild whose instance stopped beating is marked failed, so no page follows it for ever. */
    void failAbandoned(Duration abandonedAfter) {
        jdbc.update("""
                update log_refill set status = 'FAILED', error = '重建进程已停止', finished_at = now()
                where status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)""",
                (double) abandonedAfter.toSeconds());
    }

    /** The latest rebuilds, newest first. */
    List<RefillJob> recent(int max) {
        return jdbc.query("""
                select id, status, partitions, total, read, appended, duplicates, error, started_at, finished_at
                from log_refill order by started_at desc, id limit ?""", JOB, max);
    }

    Optional<RefillJob> find(UUID id) {
        return jdbc.query("""
                select id, status, partitions, total, read, appended, duplicates, error, started_at, finished_at
                from log_refill where id = ?""", JOB, id).stream().findFirst();
    }

    void progress(UUID id, int partitions, long total, long read, long appended, long duplicates) {
        jdbc.update("""
                update log_refill set partitions = ?, total = ?, read = ?, appended = ?, duplicates = ?,
                       heartbeat_at = now() where id = ?""", partitions, total, read, appended, duplicates, id);
    }

    void done(UUID id) {
        jdbc.update("update log_refill set status = 'DONE', finished_at = now() where id = ?", id);
    }

    void fail(UUID id, String error) {
        jdbc.update("update log_refill set status = 'FAILED', error = ?, finished_at = now() where id = ?", error, id);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
