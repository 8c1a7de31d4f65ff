package com.gjjhall.audit.view;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which version of each view operators read, and how far into the log it is ({@code view_version}). The
 * row is also the view's lock: the live projector takes it for each batch, a rebuild takes it to swap.
 */
@Component
public class ViewVersions {

    private final JdbcTemplate jdbc;
    private final ViewSchema schema;

    public ViewVersions(JdbcTemplate jdbc, ViewSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /**
     * @param version         the live version
     * @param position        the last log entry it reflects
     * @param retiredVersion  the version it replaced, kept until the next swap for queries still reading it
     */
    public record Live(String view, int version, long position, Integer retiredVersion) {
    }

    public Optional<Live> live(String view) {
        return first(jdbc.query("select view_name, live_version, position, retired_version from view_version"
                + " where view_name = ?", (rs, i) -> live(rs), view));
    }

    /** In the caller's transaction: the row locked, or empty when another transaction holds it (or it does not exist). */
    public Optional<Live> lockIfFree(String view) {
        return first(jdbc.query("select view_name, live_version, position, retired_version from view_version"
                + " where view_name = ? for update skip locked", (rs, i) -> live(rs), view));
    }

    /** In the caller's transaction: the row locked, waiting for whoever holds it. */
    public Live lock(String view) {
        return jdbc.queryForObject("select view_name, live_version, position, retired_version from view_version"
                + " where view_name = ? for update", (rs, i) -> live(rs), view);
    }

    public void advance(String view, long position) {
        jdbc.update("update view_version set position = ? where view_name = ?", position, view);
    }

    public void swap(String view, int version, long position, int retired) {
        jdbc.update("""
                update view_version set live_version = ?, position = ?, retired_version = ?, swapped_at = now()
                where view_name = ?""", version, position, retired, view);
    }

    /** A new version number, never used by any view before. */
    public int nextVersion() {
        Integer next = jdbc.queryForObject("select nextval('view_table_version')::int", Integer.class);
        return next == null ? 0 : next;
    }

    /** Creates the view at version 1, empty, at the log's start, unless it exists; and its live tables if missing. */
    public void initialize(LogProjection view) {
        jdbc.update("insert into view_version (view_name, live_version, position) values (?, 1, 0) on conflict do nothing",
                view.name());
        live(view.name()).ifPresent(live -> schema.create(view, live.version()));
    }

    private static Live live(java.sql.ResultSet rs) throws java.sql.SQLException {
        int retired = rs.getInt(4);
        return new Live(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.wasNull() ? null : retired);
    }

    private static Optional<Live> first(List<Live> rows) {
        return rows.stream().findFirst();
    }
}
