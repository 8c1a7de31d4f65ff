package com.gjjhall.identity.certificate;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.certificate.ca.CertificateAuthority;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.SignerId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The certificates a unit holds (安全密码证书). The consistency boundary of "a unit holds at most 2 valid
 * certificates; a new one needs an old one revoked first" (FAQ 四.5): expired and revoked ones do not count.
 */
@Aggregate
public class UnitCertificates {

    public static final int MAX_VALID = 2;

    private record Held(String operatorId, Instant notAfter, boolean revoked) {

        boolean validAt(Instant now) {
            return !revoked && now.isBefore(notAfter);
        }
    }

    @AggregateIdentifier
    private String holderId;
    private final Map<String, Held> held = new HashMap<>();

    protected UnitCertificates() {
    }

    public static String idOf(String unitId) {
        return "CERTIFICATES-" + unitId;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public X509Certificate handle(IssueCertificateCommand command, CertificateAuthority ca, UnitDirectory units,
                                  OperatorDirectory operators, Clock clock) {
        Instant now = clock.instant();
        if (validAt(now) >= MAX_VALID) {
            throw new BusinessException(IdentityError.CERTIFICATE_LIMIT_REACHED);
        }
        return issue(command.unitId(), command.operatorId(), command.request(), ca, units, operators, now);
    }

    @CommandHandler
    public void handle(RevokeCertificateCommand command, Clock clock) {
        revoke(command.unitId(), command.serialNumber(), command.reason(), clock.instant());
    }

    /** 换发: the old certificate is revoked before the new one is issued, so the limit never blocks it. */
    @CommandHandler
    public X509Certificate handle(ReissueCertificateCommand command, CertificateAuthority ca, UnitDirectory units,
                                  OperatorDirectory operators, Clock clock) {
        Instant now = clock.instant();
        Held old = held.get(command.serialNumber());
        if (old == null) {
            throw new BusinessException(IdentityError.CERTIFICATE_NOT_FOUND);
        }
        if (!old.revoked()) {
            revoke(command.unitId(), command.serialNumber(), command.reason(), now);
        }
        if (validAt(now) >= MAX_VALID) {
            throw new BusinessException(IdentityError.CERTIFICATE_LIMIT_REACHED);
        }
        return issue(command.unitId(), old.operatorId(), command.request(), ca, units, operators, now);
    }

    private X509Certificate issue(String unitId, String operatorId, CertificateRequest request, CertificateAuthority ca,
                                  UnitDirectory units, OperatorDirectory operators, Instant now) {
        UnitDirectory.Entry unit = units.get(unitId);
        OperatorDirectory.Entry operator = operators.get(operatorId);
        if (!operator.unitId().equals(unitId)) {
            throw new BusinessException(IdentityError.OPERATOR_NOT_FOUND, "操作员不属于该单位");
        }
        PublicKey publicKey = publicKey(request.publicKey());
        SignerId signerId = request.signerId() == null ? SignerId.DEFAULT : SignerId.of(request.signerId());
        X509Certificate certificate = ca.issue(publicKey, new CertificateAuthority.Subject(unitId,
                unit.unifiedSocialCreditCode(), unit.unitName(), operatorId), signerId, now);
        try {
            apply(new CertificateIssued(unitId, operatorId, Certificates.serialOf(certificate), KeyAlgorithm.of(publicKey),
                    certificate.getEncoded(), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(), now));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return certificate;
    }

    private void revoke(String unitId, String serialNumber, RevocationReason reason, Instant now) {
        Held certificate = held.get(serialNumber);
        if (certificate == null) {
            throw new BusinessException(IdentityError.CERTIFICATE_NOT_FOUND);
        }
        if (certificate.revoked()) {
            throw new BusinessException(IdentityError.CERTIFICATE_ALREADY_REVOKED);
        }
        apply(new CertificateRevoked(unitId, certificate.operatorId(), serialNumber, reason, now));
    }

    private long validAt(Instant now) {
        return held.values().stream().filter(h -> h.validAt(now)).count();
    }

    private static PublicKey publicKey(byte[] subjectPublicKeyInfo) {
        try {
            PublicKey key = KeyFactory.getInstance("EC", Crypto.provider())
                    .generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo));
            KeyAlgorithm.of(key);
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new BusinessException(IdentityError.CERTIFICATE_REQUEST_INVALID, "只支持SM2或ECDSA P-256公钥");
        }
    }

    @EventSourcingHandler
    void on(CertificateIssued event) {
        holderId = idOf(event.unitId());
        held.put(event.serialNumber(), new Held(event.operatorId(), event.notAfter(), false));
    }

    @EventSourcingHandler
    void on(CertificateRevoked event) {
        held.computeIfPresent(event.serialNumber(), (serial, h) -> new Held(h.operatorId(), h.notAfter(), true));
    }
}
