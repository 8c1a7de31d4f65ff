package com.gjjhall.identity.support;

import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.Signatures;
import com.gjjhall.softkey.SignerId;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;

/** A key a test holds, like a USB key, with the certificate the platform CA issued for it. */
public record TestKey(PrivateKey privateKey, KeyAlgorithm algorithm, String certificatePem, String serialNumber) {

    /** Base64 of the DER signature over the challenge, with the default SM2 signer ID. */
    public String sign(String challenge) {
        return Base64.getEncoder().encodeToString(
                Signatures.sign(privateKey, algorithm, SignerId.DEFAULT, challenge.getBytes(StandardCharsets.UTF_8)));
    }

    /** Base64 of the raw r‖s form many USB keys return. */
    public String signRaw(String challenge) {
        return Base64.getEncoder().encodeToString(Signatures.derToRaw(
                Signatures.sign(privateKey, algorithm, SignerId.DEFAULT, challenge.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public String toString() {
        return "TestKey[" + algorithm + ", " + serialNumber + "]";
    }
}
