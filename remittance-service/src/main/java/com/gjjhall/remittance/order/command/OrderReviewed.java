package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The order was reviewed, got its audit number and is now 处理中 until paid, cancelled or expired. A failed
 * order reviewed again (重新复核) gets a new audit number; {@code previousAuditNumber} is the one it replaces
 * (null at the first review, and in events stored before re-review existed).
 */
@Revision("1")
public record OrderReviewed(String orderId, String unitId, String auditNumber, Settlement settlement, long totalFen,
                            String reviewedBy, Instant reviewedAt, Instant expiresAt, String previousAuditNumber) {
}
