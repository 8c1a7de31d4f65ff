package com.gjjhall.remittance.order.query;

import java.time.Instant;

/** A payment a bank reported for the order's audit number, and what became of it (入账 or 原路退款 and why). */
public record OrderPayment(String paymentId, String channel, long amountFen, String outcome, String reason,
                           Instant receivedAt) {
}
