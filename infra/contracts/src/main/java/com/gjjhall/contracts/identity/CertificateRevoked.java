package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A certificate was revoked (it is on the CRL from now on), e.g. before reissue (换发). */
@PublishedEvent(name = "identity.CertificateRevoked", version = 1)
public record CertificateRevoked(String serialNumber, String unitId, String operatorId, String reason,
                                 Instant revokedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
