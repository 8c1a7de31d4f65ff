package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A login of a known operator was refused, with the reason code; wrongPasswordsToday counts the day's wrong passwords. */
@PublishedEvent(name = "identity.LoginFailed", version = 1)
public record LoginFailed(String operatorId, String unitId, String reason, int wrongPasswordsToday,
                          Instant attemptedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
