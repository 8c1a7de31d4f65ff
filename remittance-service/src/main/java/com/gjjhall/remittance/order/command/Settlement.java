package com.gjjhall.remittance.order.command;

/** How the reviewer chose to pay the order (结算方式). */
public enum Settlement {
    CASH_CHEQUE("现金/支票"),
    BANK_TRANSFER("网银转账"),
    ENTRUSTED_COLLECTION("委托收款");

    private final String label;

    Settlement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
