package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order was paid and credited (成功); its lines follow as {@link CreditedLinesPart}s. */
@Revision("1")
public record OrderCredited(String orderId, String unitId, String auditNumber, OrderKind kind, long totalFen,
                            String paymentId, Instant creditedAt) {
}
