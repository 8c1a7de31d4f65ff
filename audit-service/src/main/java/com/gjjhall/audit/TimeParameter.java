package com.gjjhall.audit;

import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A time in a query: an ISO-8601 instant ({@code 2026-11-30T16:00:00Z}, {@code 2026-12-01T00:00+08:00}) or a
 * date ({@code 2026-11-30}), which means that day in Beijing time: its start for {@code from}, the start of
 * the next day for {@code to}, so {@code from=2026-11-01&to=2026-11-30} is the whole of November.
 */
public final class TimeParameter {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private TimeParameter() {
    }

    public static Instant from(String text, String field) {
        return parse(text, field, false);
    }

    public static Instant to(String text, String field) {
        return parse(text, field, true);
    }

    private static Instant parse(String text, String field, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(BEIJING).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BusinessException(AuditError.INVALID_TIME, AuditError.INVALID_TIME.message(),
                    List.of(FieldProblem.of(field, AuditError.INVALID_TIME.message())));
        }
    }
}
