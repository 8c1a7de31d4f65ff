package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The 6th wrong password of a day froze the operator (用户已暂时冻结) until 00:00 Asia/Shanghai the next day. */
@PublishedEvent(name = "identity.OperatorFrozen", version = 1)
public record OperatorFrozen(String operatorId, String unitId, Instant frozenUntil, Instant frozenAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
