package com.gjjhall.identity.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A unit enrolled for online business. */
@Revision("1")
public record UnitEnrolled(String unitId, String unifiedSocialCreditCode, String unitName, Instant enrolledAt) {
}
