package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit opened online business (开通): an operator signed the service agreement, confirmed the unit's data and set the query password. */
@PublishedEvent(name = "identity.OnlineBusinessOpened", version = 1)
public record OnlineBusinessOpened(String unitId, String agreementVersion, String signedBy, Instant openedAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
