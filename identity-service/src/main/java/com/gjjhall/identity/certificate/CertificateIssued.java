package com.gjjhall.identity.certificate;

import com.gjjhall.softkey.KeyAlgorithm;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The CA issued a certificate (DER, public) bound to the unit and the operator. */
@Revision("1")
public record CertificateIssued(String unitId, String operatorId, String serialNumber, KeyAlgorithm algorithm,
                                byte[] certificate, Instant notBefore, Instant notAfter, Instant issuedAt) {
}
