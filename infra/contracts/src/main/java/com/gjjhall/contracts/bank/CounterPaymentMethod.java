package com.gjjhall.contracts.bank;

/** How a unit paid at the counter. */
public enum CounterPaymentMethod {
    /** 现金 */
    CASH,
    /** 支票 */
    CHEQUE
}
