package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The platform CA issued a certificate bound to a unit and one of its operators. */
@PublishedEvent(name = "identity.CertificateIssued", version = 1)
public record CertificateIssued(String serialNumber, String unitId, String operatorId, String algorithm,
                                String sha256Fingerprint, Instant notBefore, Instant notAfter,
                                Instant issuedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
