package com.gjjhall.account.shared;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Contribution months as users type them ({@code 2026-11} or {@code 202611}). */
public final class Months {

    private Months() {
    }

    public static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Invalid.field(field, "必输字段不能为空");
        }
        String t = text.trim();
        if (t.matches("[0-9]{6}")) {
            t = t.substring(0, 4) + "-" + t.substring(4);
        }
        try {
            YearMonth month = YearMonth.parse(t);
            if (month.getYear() < 1990 || month.getYear() > 2100) {
                throw Invalid.field(field, "年月不正确");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw Invalid.field(field, "须为年月，如2026-11");
        }
    }
}
