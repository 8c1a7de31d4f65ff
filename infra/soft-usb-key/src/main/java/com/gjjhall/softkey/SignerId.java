package com.gjjhall.softkey;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x509.Extension;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * The signer ID (user ID) that SM2 mixes into the digest (Z value). Signer and verifier must use the same
 * one: {@code 1234567812345678} unless the certificate says otherwise in the platform's signer-ID extension.
 */
public record SignerId(byte[] value) {

    /** GM/T 0009's default, used by bank USB keys. */
    public static final SignerId DEFAULT = new SignerId("1234567812345678".getBytes(StandardCharsets.US_ASCII));

    /**
     * Non-critical extension that carries a non-default signer ID (an OCTET STRING). No registered OID
     * exists for this, so it sits under the UUID arc (X.667), which needs no registration.
     */
    public static final ASN1ObjectIdentifier EXTENSION = new ASN1ObjectIdentifier(
            "2.25.143801612533759481872149349478215892651");

    public SignerId {
        if (value == null || value.length == 0 || value.length > 8191) {
            throw new IllegalArgumentException("an SM2 signer ID has 1 to 8191 bytes");
        }
        value = value.clone();
    }

    public static SignerId of(String text) {
        return new SignerId(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The signer ID a certificate's key signs with. */
    public static SignerId of(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(EXTENSION.getId());
        if (extension == null) {
            return DEFAULT;
        }
        ASN1OctetString outer = ASN1OctetString.getInstance(extension);
        return new SignerId(ASN1OctetString.getInstance(outer.getOctets()).getOctets());
    }

    /** The certificate extension that names this signer ID; the default needs none. */
    public Extension toExtension() {
        try {
            return new Extension(EXTENSION, false, new DEROctetString(value).getEncoded());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isDefault() {
        return Arrays.equals(value, DEFAULT.value);
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignerId s && Arrays.equals(value, s.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return new String(value, StandardCharsets.UTF_8);
    }
}
