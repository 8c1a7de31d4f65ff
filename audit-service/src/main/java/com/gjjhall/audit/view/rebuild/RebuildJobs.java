package com.gjjhall.audit.view.rebuild;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rebuild jobs in the database, so any instance can report a job's progress and a job whose process died
 * (its heartbeat stopped) is recognised as abandoned.
 */
@Component
class RebuildJobs {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private static final String COLUMNS = """
            id, view_name, version, up_to, status, phase, processed, total, position, differences, error,
            started_at, finished_at""";
    private static final RowMapper<RebuildJob> JOB = (rs, i) -> new RebuildJob(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getInt(3), instant(rs, 4), rs.getString(5), rs.getString(6), rs.getLong(7),
            rs.getLong(8), rs.getLong(9), (Long) rs.getObject(10), rs.getString(11), instant(rs, 12), instant(rs, 13));

    private final JdbcTemplate jdbc;

    RebuildJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the view is being rebuilt already */
    void insert(UUID id, String view, int version, Instant upTo, String owner) {
        jdbc.update("""
                insert into view_rebuild (id, view_name, version, up_to, status, phase, owner, started_at, heartbeat_at)
                values (?, ?, ?, ?, 'RUNNING', 'REPLAYING', ?, now(), now())""",
                id, view, version, upTo == null ? null : upTo.atOffset(ZoneOffset.UTC), owner);
    }

    Optional<RebuildJob> find(String view, UUID id) {
        return jdbc.query("select " + COLUMNS + " from view_rebuild where id = ? and view_name = ?", JOB, id, view)
                .stream().findFirst();
    }

    List<RebuildJob> recent(String view, int max) {
        return jdbc.query("select " + COLUMNS + " from view_rebuild where view_name = ? order by started_at desc limit ?",
                JOB, view, max);
    }

    void progress(UUID id, String phase, long processed, long total, long position) {
        jdbc.update("""
                update view_rebuild set phase = ?, processed = ?, total = ?, position = ?, heartbeat_at = now()
                where id = ? and status = 'RUNNING'""", phase, processed, total, position, id);
    }

    void keep(UUID id, long position) {
        jdbc.update("""
                update view_rebuild set status = 'DONE', phase = 'KEPT', position = ?, heartbeat_at = now(),
                       finished_at = now() where id = ?""", position, id);
    }

    void swapped(UUID id, long position, int comparedVersion, long differences) {
        jdbc.update("""
                update view_rebuild set status = 'DONE', phase = 'SWAPPED', position = ?, compared_version = ?,
                       differences = ?, heartbeat_at = now(), finished_at = now() where id = ?""",
                position, comparedVersion, differences, id);
    }

    int comparedVersion(UUID id) {
        Integer version = jdbc.queryForObject("select compared_version from view_rebuild where id = ?", Integer.class, id);
        return version == null ? 0 : version;
    }

    void fail(UUID id, String error) {
        jdbc.update("""
                update view_rebuild set status = 'FAILED', error = ?, heartbeat_at = now(), finished_at = now()
                where id = ? and status = 'RUNNING'""", error, id);
    }

    void discard(UUID id) {
        jdbc.update("update view_rebuild set status = 'DISCARDED' where id = ?", id);
    }

    /** Marks the view's running jobs whose heartbeat stopped as failed; returns them, for their tables to be dropped. */
    List<RebuildJob> failAbandoned(String view) {
        List<RebuildJob> abandoned = jdbc.query("select " + COLUMNS + " from view_rebuild where view_name = ?"
                + " and status = 'RUNNING' and heartbeat_at < now() - make_interval(secs => ?)", JOB, view,
                (double) ABANDONED_AFTER.toSeconds());
        abandoned.forEach(job -> fail(job.id(), "重建进程已停止"));
        return abandoned;
    }

    void storeDifferences(UUID id, List<Difference> differences) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            rows.add(new Object[] {id, i, d.table(), d.key(), d.live(), d.rebuilt()});
        }
        jdbc.batchUpdate("""
                insert into view_rebuild_difference (rebuild_id, n, table_name, row_key, live_row, rebuilt_row)
                values (?, ?, ?, ?, ?, ?)""", rows);
    }

    List<Difference> storedDifferences(UUID id, int max) {
        return jdbc.query("""
                select table_name, row_key, live_row, rebuilt_row from view_rebuild_difference
                where rebuild_id = ? order by n limit ?""",
                (rs, i) -> new Difference(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), id, max);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
