package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An operator's mobile number changed. */
@PublishedEvent(name = "identity.OperatorMobileChanged", version = 1)
public record OperatorMobileChanged(String operatorId, String unitId, String mobile, Instant changedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
