package com.gjjhall.audit.status.projection;

/** What a business transaction is, in the operators' words. */
public enum TransactionKind {
    MONTHLY("汇缴"),
    BACK_PAYMENT("补缴"),
    ACCOUNT_OPENING("开户"),
    TRANSFER_IN("职工转移"),
    SEALING("封存"),
    UNSEALING("启封"),
    BASE_ADJUSTMENT("汇缴基数调整");

    private final String label;

    TransactionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code MONTHLY} / {@code BACK_PAYMENT} as remittance publishes them; null when absent or unknown. */
    static TransactionKind ofRemittance(String kind) {
        if ("MONTHLY".equals(kind)) {
            return MONTHLY;
        }
        return "BACK_PAYMENT".equals(kind) ? BACK_PAYMENT : null;
    }
}
