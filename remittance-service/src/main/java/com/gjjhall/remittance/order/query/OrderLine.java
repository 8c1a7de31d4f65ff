package com.gjjhall.remittance.order.query;

/** One employee-month of an order, as the operator checks it before submitting. */
public record OrderLine(int lineNo, String personalAccountNumber, String name, String month, long baseFen,
                        long unitAmountFen, long personalAmountFen) {
}
