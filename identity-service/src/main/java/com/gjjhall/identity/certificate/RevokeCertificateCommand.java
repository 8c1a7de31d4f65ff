package com.gjjhall.identity.certificate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revoke a certificate of the unit: it is on the CRL and refused at login from now on. */
public record RevokeCertificateCommand(String unitId, String serialNumber, RevocationReason reason) {

    @TargetAggregateIdentifier
    public String holderId() {
        return UnitCertificates.idOf(unitId);
    }
}
