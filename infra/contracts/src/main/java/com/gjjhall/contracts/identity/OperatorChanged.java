package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** 操作员变更: the person behind an operator changed (name, mobile), done by a bank or centre clerk. */
@PublishedEvent(name = "identity.OperatorChanged", version = 1)
public record OperatorChanged(String operatorId, String unitId, String operatorName, String mobile,
                              Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
