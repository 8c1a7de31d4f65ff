package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** 用户变更: a clerk reset an operator's login name and/or password (never carried here); wrong-password count cleared. */
@PublishedEvent(name = "identity.OperatorCredentialsReset", version = 1)
public record OperatorCredentialsReset(String operatorId, String unitId, String loginName,
                                       boolean loginNameChanged, boolean passwordReset, Instant resetAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
