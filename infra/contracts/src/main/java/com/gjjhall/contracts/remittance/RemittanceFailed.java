package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The order failed (失败) with the reason the operator sees in 处理结果查询. */
@PublishedEvent(name = "remittance.RemittanceFailed", version = 1)
public record RemittanceFailed(String orderId,
                               String auditNumber,
                               String unitId,
                               String reasonCode,
                               String reason,
                               boolean retryable,
                               Instant failedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
