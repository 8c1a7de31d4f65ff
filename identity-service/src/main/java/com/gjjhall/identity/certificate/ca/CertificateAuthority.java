package com.gjjhall.identity.certificate.ca;

import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.SignerId;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The platform CA (BouncyCastle): issues end-entity certificates bound to a unit and one of its operators,
 * SM2 or ECDSA P-256 keys, signed SM3withSM2 by the issuing CA; and the CRL of what it revoked.
 */
@Component
public class CertificateAuthority {

    /** Who a certificate is for. */
    public record Subject(String unitId, String unifiedSocialCreditCode, String unitName, String operatorId) {

        X500Name toX500Name() {
            return new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.C, "CN")
                    .addRDN(BCStyle.O, unitName)
                    .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, unifiedSocialCreditCode)
                    .addRDN(BCStyle.OU, unitId)
                    .addRDN(BCStyle.CN, operatorId)
                    .build();
        }
    }

    /** One line of the CRL. */
    public record Revocation(String serialNumber, Instant revokedAt, int reasonCode) {
    }

    private static final Duration BACKDATING = Duration.ofMinutes(5);
    private static final Duration CRL_VALIDITY = Duration.ofDays(1);

    private final CaKeys keys;
    private final Duration lifetime;
    private final String crlUrl;

    CertificateAuthority(CaKeys keys, @Value("${gjj.ca.certificate-lifetime:730d}") Duration lifetime,
                         @Value("${gjj.ca.crl-url:http://localhost:8080/api/identity/crl}") String crlUrl) {
        this.keys = keys;
        this.lifetime = lifetime;
        this.crlUrl = crlUrl;
    }

    /** A certificate for {@code publicKey}, valid from now (back-dated a little for clock skew) for the configured life. */
    public X509Certificate issue(PublicKey publicKey, Subject subject, SignerId signerId, Instant now) {
        KeyAlgorithm.of(publicKey);
        CaKeys.Authority issuing = keys.get().issuing();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuing.certificate(),
                    Certificates.newSerial(), Date.from(now.minus(BACKDATING)), Date.from(now.plus(lifetime)),
                    subject.toX500Name(), publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuing.certificate()))
                    .addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                            new DistributionPoint(new DistributionPointName(new GeneralNames(
                                    new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))), null, null)}));
            if (signerId != null && !signerId.isDefault()) {
                builder.addExtension(signerId.toExtension());
            }
            return Certificates.sign(builder, issuing.key());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a certificate", e);
        }
    }

    /** The issuing CA's certificate, then the root's: what a key file carries after its own certificate. */
    public List<X509Certificate> chain() {
        return keys.chain();
    }

    /** The CRL of everything revoked, signed by the issuing CA, valid for a day. */
    public X509CRL crl(List<Revocation> revoked, Instant now) {
        CaKeys.Authority issuing = keys.get().issuing();
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(
                    X500Name.getInstance(issuing.certificate().getSubjectX500Principal().getEncoded()), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            for (Revocation r : revoked) {
                builder.addCRLEntry(new BigInteger(r.serialNumber(), 16), Date.from(r.revokedAt()), r.reasonCode());
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuing.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            return new JcaX509CRLConverter().setProvider(Crypto.provider()).getCRL(builder.build(
                    new JcaContentSignerBuilder(KeyAlgorithm.SM2.signatureAlgorithm()).setProvider(Crypto.provider())
                            .build(issuing.key())));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign the CRL", e);
        }
    }

    /** X.509 reason codes of the platform's revocation reasons. */
    public static int reasonCode(String reason) {
        return switch (reason) {
            case "SUPERSEDED" -> CRLReason.superseded;
            case "KEY_COMPROMISE" -> CRLReason.keyCompromise;
            case "CESSATION_OF_OPERATION" -> CRLReason.cessationOfOperation;
            default -> CRLReason.unspecified;
        };
    }
}
