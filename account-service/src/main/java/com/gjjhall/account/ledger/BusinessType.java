package com.gjjhall.account.ledger;

import java.util.Arrays;

/** 归集业务类型, codes of the national data standard (JGJ/T 320-2014), as the ledgers show them. */
public enum BusinessType {
    MONTHLY("01", "汇缴"),
    BACK_PAYMENT("02", "补缴"),
    OPENING("03", "开户"),
    UNSEALING("04", "启封"),
    SEALING("05", "封存"),
    INTERNAL_TRANSFER("06", "内部转移"),
    ANNUAL_INTEREST("09", "年终结息"),
    BASE_ADJUSTMENT("10", "基数调整");

    private final String code;
    private final String label;

    BusinessType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst().map(BusinessType::label).orElse(code);
    }
}
