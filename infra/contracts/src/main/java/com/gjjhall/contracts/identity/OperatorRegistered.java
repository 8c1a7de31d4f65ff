package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A bank or centre clerk registered an online-business operator (网上业务操作员) for a unit. */
@PublishedEvent(name = "identity.OperatorRegistered", version = 1)
public record OperatorRegistered(String operatorId, String unitId, String loginName, String mobile,
                                 Instant registeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
