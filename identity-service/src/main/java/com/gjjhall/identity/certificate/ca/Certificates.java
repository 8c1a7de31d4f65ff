package com.gjjhall.identity.certificate.ca;

import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Reading, writing and naming X.509 certificates the way the platform does. */
public final class Certificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    private Certificates() {
    }

    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.provider())
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    /** A certificate as a client sends it: PEM, or base64 DER; empty when it is neither. */
    public static Optional<X509Certificate> parseText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String body = text.replace(PEM_BEGIN, "").replace(PEM_END, "").replaceAll("\\s", "");
        try {
            return Optional.of(parse(Base64.getDecoder().decode(body)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return PEM_BEGIN + "\n" + body + "\n" + PEM_END + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Upper-case hexadecimal, as serial numbers are shown and stored. */
    public static String serialOf(X509Certificate certificate) {
        return certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }

    public static String sha256Fingerprint(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 127 random bits, positive and never zero (RFC 5280 allows up to 20 octets). */
    static BigInteger newSerial() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        bytes[0] = (byte) ((bytes[0] & 0x7F) | 0x40);
        return new BigInteger(bytes);
    }

    static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey caKey) {
        try {
            return new JcaX509CertificateConverter().setProvider(Crypto.provider()).getCertificate(builder.build(
                    new JcaContentSignerBuilder(KeyAlgorithm.SM2.signatureAlgorithm()).setProvider(Crypto.provider())
                            .build(caKey)));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }
}
