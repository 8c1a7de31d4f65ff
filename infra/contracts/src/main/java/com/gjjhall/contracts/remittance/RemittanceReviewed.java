package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A different operator reviewed the order, chose how it is paid and got its audit number (审核单号); it is now 处理中. */
@PublishedEvent(name = "remittance.RemittanceReviewed", version = 1)
public record RemittanceReviewed(String orderId,
                                 String auditNumber,
                                 String unitId,
                                 SettlementMethod settlementMethod,
                                 long totalFen,
                                 String reviewedBy,
                                 Instant reviewedAt,
                                 Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
