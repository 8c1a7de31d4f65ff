package com.gjjhall.audit.view;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The tables of one version of a view: {@code v_<view>_<table>_<version>}. A rebuild writes a new version
 * beside the live one; operators' queries follow {@code view_version}, so switching versions is one row.
 */
@Component
public class ViewSchema {

    private final JdbcTemplate jdbc;

    public ViewSchema(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String table(LogProjection view, ViewTable<?> table, int version) {
        return "v_" + view.name() + "_" + table.name() + "_" + version;
    }

    /**
     * Creates the version's tables, with their primary keys and secondary indexes: a live version. Pages are
     * left 30 % free: view rows are rewritten with every event of theirs, and an update that finds room on
     * its page and changes no indexed column touches no index (a HOT update).
     */
    public void create(LogProjection view, int version) {
        createBare(view, version);
        addKeys(view, version);
        createIndexes(view, version);
    }

    /** Creates the version's tables without any index: a replay loads them first and indexes them after. */
    public void createBare(LogProjection view, int version) {
        for (ViewTable<?> table : view.tables()) {
            String columns = table.columns().stream().map(c -> c.name() + " " + c.type().sql())
                    .collect(Collectors.joining(", "));
            jdbc.execute("create table if not exists " + table(view, table, version) + " (" + columns
                    + ") with (fillfactor = 70)");
        }
    }

    public void addKeys(LogProjection view, int version) {
        for (ViewTable<?> table : view.tables()) {
            String name = table(view, table, version);
            Boolean keyed = jdbc.queryForObject("select exists (select 1 from pg_constraint where conrelid = ?::regclass"
                    + " and contype = 'p')", Boolean.class, name);
            if (!Boolean.TRUE.equals(keyed)) {
                jdbc.execute("alter table " + name + " add primary key (" + table.keyColumn() + ")");
            }
        }
    }

    public void createIndexes(LogProjection view, int version) {
        for (ViewTable<?> table : view.tables()) {
            List<String> indexes = table.indexes();
            for (int i = 0; i < indexes.size(); i++) {
                String name = table(view, table, version);
                jdbc.execute("create index if not exists " + name + "_i" + i + " on " + name + " (" + indexes.get(i) + ")");
            }
        }
    }

    public void drop(LogProjection view, int version) {
        for (ViewTable<?> table : view.tables()) {
            jdbc.execute("drop table if exists " + table(view, table, version));
        }
    }
}
