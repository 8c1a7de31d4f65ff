package com.gjjhall.audit;

import java.time.Instant;

/**
 * PostgreSQL's COPY text format: values separated by tabs, rows by newlines, {@code \N} for null, and
 * backslash escapes for the characters that would break it. COPY loads rows several times faster than
 * batched inserts: the log's appends and the views' replays use it.
 */
public final class CopyText {

    private CopyText() {
    }

    /** Appends one row. */
    public static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            value(out, values[i]);
        }
        out.append('\n');
    }

    public static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof long[] values) {
            out.append('{');
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(values[i]);
            }
            out.append('}');
        } else if (value instanceof String text) {
            escaped(out, text);
        } else if (value instanceof Instant instant) {
            out.append(instant);
        } else {
            out.append(value);
        }
    }

    private static void escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
