package com.gjjhall.identity.certificate;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A certificate of the unit was revoked. */
@Revision("1")
public record CertificateRevoked(String unitId, String operatorId, String serialNumber, RevocationReason reason,
                                 Instant revokedAt) {
}
