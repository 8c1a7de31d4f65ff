package com.gjjhall.account.shared;

import java.math.BigDecimal;

/** Money as users type it (元, at most two decimals) turned into exact fen; never floating point. */
public final class Yuan {

    private Yuan() {
    }

    public static long toFen(String field, String text) {
        if (text == null || text.isBlank()) {
            throw Invalid.field(field, "必输字段不能为空");
        }
        String trimmed = text.trim();
        if (!trimmed.matches("[0-9]{1,10}(\\.[0-9]{1,2})?")) {
            throw Invalid.field(field, "须为正数金额（元），最多两位小数");
        }
        return new BigDecimal(trimmed).movePointRight(2).longValueExact();
    }

    public static String format(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2).toPlainString();
    }
}
