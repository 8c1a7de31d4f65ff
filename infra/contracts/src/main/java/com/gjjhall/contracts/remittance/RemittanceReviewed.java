package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/**
 * A different operator reviewed the order, chose how it is paid and got its audit number (审核单号); it is now 处理中.
 * After a failure the order is reviewed again (重新复核, FAQ 二.15) and gets a new audit number: then
 * {@code previousAuditNumber} names the one it replaces, which no longer takes payments. Null at the first review.
 */
@PublishedEvent(name = "remittance.RemittanceReviewed", version = 1)
public record RemittanceReviewed(String orderId,
                                 String auditNumber,
                                 String unitId,
                                 SettlementMethod settlementMethod,
                                 long totalFen,
                                 String reviewedBy,
                                 Instant reviewedAt,
                                 Instant expiresAt,
                                 String previousAuditNumber) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
