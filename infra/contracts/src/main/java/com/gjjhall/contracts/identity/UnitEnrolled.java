package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit opened online business (开通网上业务): agreement signed, unit data confirmed. */
@PublishedEvent(name = "identity.UnitEnrolled", version = 1)
public record UnitEnrolled(String unitId, String unifiedSocialCreditCode, String unitName, Instant enrolledAt)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
