package com.gjjhall.audit.view;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values between their Java form, JDBC parameters and results, and COPY's text format. */
final class Cells {

    private Cells() {
    }

    static Object parameter(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    static Object read(ResultSet rs, int column, ColumnType type) throws SQLException {
        return switch (type) {
            case TEXT -> rs.getString(column);
            case BIGINT -> {
                long value = rs.getLong(column);
                yield rs.wasNull() ? null : value;
            }
            case INTEGER -> {
                int value = rs.getInt(column);
                yield rs.wasNull() ? null : value;
            }
            case TIMESTAMP -> {
                OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case BIGINT_ARRAY -> {
                Array array = rs.getArray(column);
                if (array == null) {
                    yield null;
                }
                Object[] boxed = (Object[]) array.getArray();
                long[] values = new long[boxed.length];
                for (int i = 0; i < boxed.length; i++) {
                    values[i] = ((Number) boxed[i]).longValue();
                }
                yield values;
            }
        };
    }
}
