package com.gjjhall.softkey;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;

/**
 * The key algorithms of the platform's certificates: SM2 (the Chinese commercial standard bank USB keys
 * use, signing with SM3withSM2) by default, and ECDSA on P-256.
 */
public enum KeyAlgorithm {
    SM2("sm2p256v1", GMObjectIdentifiers.sm2p256v1, "SM3withSM2"),
    ECDSA_P256("secp256r1", SECObjectIdentifiers.secp256r1, "SHA256withECDSA");

    private final String curve;
    private final ASN1ObjectIdentifier curveOid;
    private final String signatureAlgorithm;

    KeyAlgorithm(String curve, ASN1ObjectIdentifier curveOid, String signatureAlgorithm) {
        this.curve = curve;
        this.curveOid = curveOid;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The JCA signature algorithm a key of this kind signs with. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Crypto.provider());
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key pair", e);
        }
    }

    /** The algorithm of an EC public key, told by its named curve. */
    public static KeyAlgorithm of(PublicKey key) {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException("not an elliptic-curve key: " + info.getAlgorithm().getAlgorithm());
        }
        Object parameters = info.getAlgorithm().getParameters();
        return Arrays.stream(values()).filter(a -> a.curveOid.equals(parameters)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported curve " + parameters));
    }
}
