package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * One part of a credited order's lines. Stored outside the order's own stream, so loading the order never
 * reads its lines back.
 */
@Revision("1")
public record CreditedLinesPart(String orderId, String auditNumber, String unitId, OrderKind kind, long totalFen,
                                int part, int parts, List<PaidLine> lines, Instant creditedAt) {
}
