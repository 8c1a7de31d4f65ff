package com.gjjhall.softkey;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

/**
 * Signing and verifying with SM2 (SM3withSM2, with a signer ID) and ECDSA P-256 (SHA256withECDSA).
 * Signatures are ASN.1 DER as JCA makes them; USB keys often give the raw 64 bytes r‖s instead, and
 * verification takes either.
 */
public final class Signatures {

    private static final int RAW_LENGTH = 64;
    private static final int HALF = 32;

    private Signatures() {
    }

    /** Signs {@code data}: a DER signature. */
    public static byte[] sign(PrivateKey key, KeyAlgorithm algorithm, SignerId signerId, byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm.signatureAlgorithm(), Crypto.provider());
            if (algorithm == KeyAlgorithm.SM2) {
                signature.setParameter(new SM2ParameterSpec(signerId.value()));
            }
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a " + algorithm + " key", e);
        }
    }

    /**
     * Whether {@code signature} (DER, or raw r‖s of 64 bytes) is {@code key}'s over {@code data}. Never
     * throws for a malformed signature: it does not verify.
     */
    public static boolean verify(PublicKey key, SignerId signerId, byte[] data, byte[] signature) {
        KeyAlgorithm algorithm = KeyAlgorithm.of(key);
        if (signature.length == RAW_LENGTH && verifyDer(key, algorithm, signerId, data, rawToDer(signature))) {
            return true;
        }
        return verifyDer(key, algorithm, signerId, data, signature);
    }

    private static boolean verifyDer(PublicKey key, KeyAlgorithm algorithm, SignerId signerId, byte[] data,
                                     byte[] der) {
        try {
            Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm(), Crypto.provider());
            if (algorithm == KeyAlgorithm.SM2) {
                verifier.setParameter(new SM2ParameterSpec(signerId.value()));
            }
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(der);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** Raw r‖s (32 + 32 bytes, big-endian) to ASN.1 DER {@code SEQUENCE {r INTEGER, s INTEGER}}. */
    public static byte[] rawToDer(byte[] raw) {
        if (raw.length != RAW_LENGTH) {
            throw new IllegalArgumentException("a raw P-256/SM2 signature has 64 bytes, not " + raw.length);
        }
        ASN1EncodableVector rs = new ASN1EncodableVector();
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 0, HALF))));
        rs.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, HALF, RAW_LENGTH))));
        try {
            return new DERSequence(rs).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** ASN.1 DER to raw r‖s, each left-padded to 32 bytes. */
    public static byte[] derToRaw(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        byte[] raw = new byte[RAW_LENGTH];
        copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(0)).getPositiveValue(), raw, 0);
        copyUnsigned(ASN1Integer.getInstance(sequence.getObjectAt(1)).getPositiveValue(), raw, HALF);
        return raw;
    }

    private static void copyUnsigned(BigInteger value, byte[] target, int offset) {
        byte[] bytes = value.toByteArray();
        int start = 0;
        while (bytes.length - start > HALF) {
            if (bytes[start] != 0) {
                throw new IllegalArgumentException("signature component longer than 32 bytes");
            }
            start++;
        }
        int length = bytes.length - start;
        System.arraycopy(bytes, start, target, offset + HALF - length, length);
    }
}
