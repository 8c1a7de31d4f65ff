package com.gjjhall.audit.view;

/** A column of a view table. */
public record Column(String name, ColumnType type) {

    public Column {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain column name: " + name);
        }
    }

    public static Column text(String name) {
        return new Column(name, ColumnType.TEXT);
    }

    public static Column bigint(String name) {
        return new Column(name, ColumnType.BIGINT);
    }

    public static Column integer(String name) {
        return new Column(name, ColumnType.INTEGER);
    }

    public static Column timestamp(String name) {
        return new Column(name, ColumnType.TIMESTAMP);
    }

    public static Column bigintArray(String name) {
        return new Column(name, ColumnType.BIGINT_ARRAY);
    }
}
