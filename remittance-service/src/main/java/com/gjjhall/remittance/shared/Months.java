package com.gjjhall.remittance.shared;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.servicekit.errors.BusinessException;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.DateTimeException;

/** Months of the fund centre's calendar: Asia/Shanghai, whatever the server's zone. */
public final class Months {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Months() {
    }

    public static YearMonth current(Instant now) {
        return YearMonth.from(now.atZone(ZONE));
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    /** 00:00 Asia/Shanghai on the 1st of the month after the one {@code now} is in: when audit numbers expire. */
    public static Instant endOfMonth(Instant now) {
        return current(now).plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    }

    public static Date toSql(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }

    public static YearMonth fromSql(Date date) {
        return YearMonth.from(date.toLocalDate());
    }

    /** Reads {@code 2026-11} or {@code 202611}. */
    public static YearMonth parse(String text) {
        if (text == null) {
            throw new BusinessException(RemittanceError.INVALID_MONTH);
        }
        String trimmed = text.trim();
        try {
            if (trimmed.matches("\\d{6}")) {
                return YearMonth.of(Integer.parseInt(trimmed.substring(0, 4)), Integer.parseInt(trimmed.substring(4)));
            }
            return YearMonth.parse(trimmed);
        } catch (DateTimeException | NumberFormatException e) {
            throw new BusinessException(RemittanceError.INVALID_MONTH);
        }
    }
}
