package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An operator can log in again: the freeze ran out (EXPIRED) or a clerk reset the credentials (RESET). */
@PublishedEvent(name = "identity.OperatorUnfrozen", version = 1)
public record OperatorUnfrozen(String operatorId, String unitId, String reason, Instant unfrozenAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
