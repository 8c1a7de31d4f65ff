package com.gjjhall.identity.certificate;

import com.gjjhall.softkey.KeyAlgorithm;

import java.time.Instant;

/** A certificate as the clerks' lists show it, with its status now ({@code VALID}, {@code REVOKED} or {@code EXPIRED}). */
public record CertificateView(String serialNumber, String unitId, String operatorId, KeyAlgorithm algorithm,
                              Instant notBefore, Instant notAfter, String status, Instant revokedAt,
                              String revocationReason) {

    public static CertificateView of(CertificateRegistry.Entry e, Instant now) {
        return new CertificateView(e.serialNumber(), e.unitId(), e.operatorId(), e.algorithm(), e.notBefore(),
                e.notAfter(), e.statusAt(now), e.revokedAt(), e.revocationReason());
    }
}
