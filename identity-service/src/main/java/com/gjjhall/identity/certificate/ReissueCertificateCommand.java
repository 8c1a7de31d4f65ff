package com.gjjhall.identity.certificate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 换发: revoke {@code serialNumber} first, then issue its operator a new certificate. */
public record ReissueCertificateCommand(String unitId, String serialNumber, RevocationReason reason,
                                        CertificateRequest request) {

    @TargetAggregateIdentifier
    public String holderId() {
        return UnitCertificates.idOf(unitId);
    }
}
