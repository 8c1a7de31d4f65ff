package com.gjjhall.audit.view;

/** The column types a view table may use, with their Java values. */
public enum ColumnType {
    /** {@link String} */
    TEXT("text"),
    /** {@link Long} */
    BIGINT("bigint"),
    /** {@link Integer} */
    INTEGER("integer"),
    /** {@link java.time.Instant}, to the microsecond (PostgreSQL's precision): keep values so in memory too,
     * or a replay (in memory) and the live projection (read back) may decide differently */
    TIMESTAMP("timestamptz"),
    /** {@code long[]}, e.g. the log entries a row was made from */
    BIGINT_ARRAY("bigint[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
