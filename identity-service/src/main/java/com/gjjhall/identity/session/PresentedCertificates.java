package com.gjjhall.identity.session;

import com.gjjhall.identity.certificate.CertificateRegistry;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.softkey.Signatures;
import com.gjjhall.softkey.SignerId;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The certificate and signature a login presents. A certificate is accepted only when the platform CA
 * issued exactly these bytes to this operator and it is neither revoked nor outside its validity.
 */
@Component
class PresentedCertificates {

    private final CertificateRegistry registry;

    PresentedCertificates(CertificateRegistry registry) {
        this.registry = registry;
    }

    /** The presented certificate, if it is this operator's and valid at {@code now}. */
    Optional<X509Certificate> validFor(OperatorDirectory.Entry operator, String presented, Instant now) {
        return Certificates.parseText(presented).filter(certificate -> registry.find(Certificates.serialOf(certificate))
                .filter(issued -> issued.operatorId().equals(operator.operatorId()))
                .filter(issued -> issued.validAt(now))
                .filter(issued -> sameBytes(issued.der(), certificate))
                .isPresent());
    }

    /** Whether {@code signature} (base64 of DER or raw r‖s) is the certificate's key's over the challenge. */
    static boolean signed(X509Certificate certificate, String challenge, String signature) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Signatures.verify(certificate.getPublicKey(), SignerId.of(certificate),
                challenge.getBytes(StandardCharsets.UTF_8), bytes);
    }

    private static boolean sameBytes(byte[] issued, X509Certificate presented) {
        try {
            return Arrays.equals(issued, presented.getEncoded());
        } catch (CertificateEncodingException e) {
            return false;
        }
    }
}
