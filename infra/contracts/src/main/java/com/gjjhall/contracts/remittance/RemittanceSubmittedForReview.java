package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The order waits for review by another operator of the unit (待复核指令). */
@PublishedEvent(name = "remittance.RemittanceSubmittedForReview", version = 1)
public record RemittanceSubmittedForReview(String orderId,
                                           String unitId,
                                           String submittedBy,
                                           Instant submittedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
