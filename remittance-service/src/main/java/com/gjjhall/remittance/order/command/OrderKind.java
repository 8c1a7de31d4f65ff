package com.gjjhall.remittance.order.command;

/** Monthly remittance (汇缴) or back-payment (补缴). */
public enum OrderKind {
    MONTHLY("汇缴"),
    BACK_PAYMENT("补缴");

    private final String label;

    OrderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
