package com.gjjhall.identity.certificate;

/**
 * What a certificate is issued for: the public key (SubjectPublicKeyInfo, DER) and the SM2 signer ID it
 * signs with (null: the default).
 */
public record CertificateRequest(byte[] publicKey, String signerId) {

    public CertificateRequest {
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }
}
