package com.gjjhall.identity.certificate;

import com.gjjhall.identity.certificate.ca.CertificateAuthority;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.cert.CRLException;
import java.time.Clock;
import java.time.Duration;

/** The CRL (public): every revoked certificate, signed by the issuing CA; relying parties fetch it often. */
@RestController
class CrlController {

    private final CertificateAuthority ca;
    private final CertificateRegistry registry;
    private final Clock clock;

    CrlController(CertificateAuthority ca, CertificateRegistry registry, Clock clock) {
        this.ca = ca;
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping(value = "/api/identity/crl", produces = "application/pkix-crl")
    ResponseEntity<byte[]> crl() throws CRLException {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
                .body(ca.crl(registry.revoked(), clock.instant()).getEncoded());
    }
}
