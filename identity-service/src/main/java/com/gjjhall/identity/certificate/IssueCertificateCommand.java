package com.gjjhall.identity.certificate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a certificate for one of the unit's operators (at most 2 valid per unit). */
public record IssueCertificateCommand(String unitId, String operatorId, CertificateRequest request) {

    @TargetAggregateIdentifier
    public String holderId() {
        return UnitCertificates.idOf(unitId);
    }
}
