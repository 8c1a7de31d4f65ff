package com.gjjhall.identity.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The unit opened online business: agreement signed by {@code signedBy}. Carries no query password. */
@Revision("1")
public record OnlineBusinessOpened(String unitId, String agreementVersion, String signedBy, String contactName,
                                   String contactMobile, Instant openedAt) {
}
