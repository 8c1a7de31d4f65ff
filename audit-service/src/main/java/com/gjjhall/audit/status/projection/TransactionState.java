package com.gjjhall.audit.status.projection;

import java.util.Arrays;
import java.util.Optional;

/** Where a business transaction stands in 处理结果查询, in the operators' words. */
public enum TransactionState {
    ENTERED("录入", false),
    PENDING_REVIEW("待复核", false),
    PROCESSING("处理中", false),
    SUCCEEDED("成功", true),
    FAILED("失败", false),
    CANCELLED("撤销", true),
    EXPIRED("失效", true);

    private final String label;
    private final boolean terminal;

    TransactionState(String label, boolean terminal) {
        this.label = label;
        this.terminal = terminal;
    }

    public String label() {
        return label;
    }

    /** Nothing moves a transaction out of this state: a late payment or refund only joins its timeline. */
    public boolean terminal() {
        return terminal;
    }

    /** By its code ({@code FAILED}) or its label ({@code 失败}). */
    public static Optional<TransactionState> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text) || s.label.equals(text)).findFirst();
    }
}
