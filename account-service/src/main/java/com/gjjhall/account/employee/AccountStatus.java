package com.gjjhall.account.employee;

import java.util.Arrays;

/** 个人账户状态, codes of the national data standard (JGJ/T 320-2014). */
public enum AccountStatus {
    ACTIVE("01", "正常"),
    SEALED("02", "封存"),
    MERGED_CLOSED("03", "合并销户"),
    TRANSFERRED_OUT_CLOSED("04", "外部转出销户"),
    WITHDRAWAL_CLOSED("05", "提取销户"),
    FROZEN("06", "冻结"),
    OTHER("99", "其他");

    private final String code;
    private final String label;

    AccountStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static AccountStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account status " + code));
    }
}
