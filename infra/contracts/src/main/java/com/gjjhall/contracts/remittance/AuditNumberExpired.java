package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The audit number was not credited by the end of its month and expired (失效). */
@PublishedEvent(name = "remittance.AuditNumberExpired", version = 1)
public record AuditNumberExpired(String orderId,
                                 String auditNumber,
                                 String unitId,
                                 Instant expiredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
