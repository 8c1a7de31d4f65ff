package com.gjjhall.contracts.remittance;

/** Monthly remittance (汇缴) or back-payment (补缴). */
public enum RemittanceKind {
    /** 汇缴: one line per contributing employee for a month */
    MONTHLY,
    /** 补缴: chosen employees and past months */
    BACK_PAYMENT
}
