package com.gjjhall.identity.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Enrol a unit for online business (开通网上业务). */
public record EnrolUnitCommand(@TargetAggregateIdentifier String unitId, UnifiedSocialCreditCode code,
                               String unitName) {
}
