package com.gjjhall.audit.view;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A table of a view: its columns (the first is the text primary key), its secondary indexes, and how a
 * row record maps to column values and back.
 *
 * @param name    the table's name within the view (lower case, short)
 * @param indexes column lists of secondary indexes, e.g. {@code "unit_id, updated_at"}
 */
public record ViewTable<R>(String name, List<Column> columns, List<String> indexes,
                           Function<R, String> key, Function<R, Object[]> toValues,
                           Function<Object[], R> fromValues) {

    public ViewTable {
        if (!name.matches("[a-z][a-z0-9_]{0,19}")) {
            throw new IllegalArgumentException("not a short plain table name: " + name);
        }
        if (columns.isEmpty() || columns.get(0).type() != ColumnType.TEXT) {
            throw new IllegalArgumentException(name + ": the first column is the text primary key");
        }
        columns = List.copyOf(columns);
        indexes = List.copyOf(indexes);
    }

    public String keyColumn() {
        return columns.get(0).name();
    }

    /** The columns, comma-separated, in the order {@link #read} expects them. */
    public String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** The row at the result set's cursor, selected with {@link #columnList()}. */
    public R read(ResultSet rs) throws SQLException {
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = Cells.read(rs, c + 1, columns.get(c).type());
        }
        return fromValues.apply(values);
    }
}
