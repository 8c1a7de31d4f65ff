package com.gjjhall.softkey;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/** A key opened with its PIN: it signs, and shows its certificate. Its private key is never printed. */
public final class UnlockedKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;
    private final KeyAlgorithm algorithm;
    private final SignerId signerId;

    UnlockedKey(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = privateKey;
        this.chain = List.copyOf(chain);
        this.algorithm = KeyAlgorithm.of(chain.get(0).getPublicKey());
        this.signerId = SignerId.of(chain.get(0));
    }

    /** A DER signature over {@code data}, with the signer ID the certificate names. */
    public byte[] sign(byte[] data) {
        return Signatures.sign(privateKey, algorithm, signerId, data);
    }

    /** The raw r‖s form (64 bytes) many USB keys return. */
    public byte[] signRaw(byte[] data) {
        return Signatures.derToRaw(sign(data));
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The key's certificate, then its issuers. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public KeyAlgorithm algorithm() {
        return algorithm;
    }

    public String certificatePem() {
        return pem(certificate());
    }

    /** The certificate's serial number as the platform writes it: upper-case hexadecimal. */
    public String serialNumber() {
        return certificate().getSerialNumber().toString(16).toUpperCase();
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    static String pem(X509Certificate certificate) {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "UnlockedKey[" + algorithm + ", serial " + serialNumber() + "]";
    }
}
