package com.gjjhall.audit.view;

import com.gjjhall.audit.CopyText;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Writes rows of one view table: new ones with COPY, changed ones upserted, removed ones deleted. */
final class TableWriter {

    private static final int COPY_CHUNK = 20_000;
    private static final int UPSERT_CHUNK = 1_000;

    private final JdbcTemplate jdbc;
    private final ViewTable<?> table;
    private final String name;

    TableWriter(JdbcTemplate jdbc, ViewTable<?> table, String name) {
        this.jdbc = jdbc;
        this.table = table;
        this.name = name;
    }

    /** The row under {@code key}, or null. */
    Object load(String key) {
        List<Object> found = jdbc.query("select " + table.columnList() + " from " + name + " where "
                + table.keyColumn() + " = ?", (rs, i) -> table.read(rs), key);
        return found.isEmpty() ? null : found.get(0);
    }

    void delete(List<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.update("delete from " + name + " where " + table.keyColumn() + " = any(?)",
                    (Object) keys.toArray(String[]::new));
        }
    }

    void upsert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String updates = table.columns().stream().skip(1).map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
        String sql = "insert into " + name + " (" + table.columnList() + ") values ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ") on conflict ("
                + table.keyColumn() + ") do " + (updates.isEmpty() ? "nothing" : "update set " + updates);
        List<Object[]> parameters = new ArrayList<>(Math.min(rows.size(), UPSERT_CHUNK));
        for (Object[] values : rows) {
            Object[] bound = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                bound[i] = Cells.parameter(values[i]);
            }
            parameters.add(bound);
            if (parameters.size() == UPSERT_CHUNK) {
                jdbc.batchUpdate(sql, parameters);
                parameters.clear();
            }
        }
        if (!parameters.isEmpty()) {
            jdbc.batchUpdate(sql, parameters);
        }
    }

    /** Rows that are certainly not in the table yet. */
    void copy(List<Object[]> rows) {
        String sql = "copy " + name + " (" + table.columnList() + ") from stdin";
        StringBuilder text = new StringBuilder();
        int inChunk = 0;
        for (Object[] values : rows) {
            CopyText.row(text, values);
            if (++inChunk == COPY_CHUNK) {
                copyIn(sql, text);
                text.setLength(0);
                inChunk = 0;
            }
        }
        if (inChunk > 0) {
            copyIn(sql, text);
        }
    }

    private void copyIn(String sql, StringBuilder text) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
