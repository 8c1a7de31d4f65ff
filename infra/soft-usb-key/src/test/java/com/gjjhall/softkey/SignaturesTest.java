package com.gjjhall.softkey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    private static final byte[] DATA = "challenge-1".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void anSm2SignatureOnlyVerifiesWithTheSignerIdItWasMadeWith() {
        KeyPair pair = KeyAlgorithm.SM2.generateKeyPair();
        byte[] signature = Signatures.sign(pair.getPrivate(), KeyAlgorithm.SM2, SignerId.DEFAULT, DATA);
        assertThat(Signatures.verify(pair.getPublic(), SignerId.DEFAULT, DATA, signature)).isTrue();
        assertThat(Signatures.verify(pair.getPublic(), SignerId.of("another-user-id"), DATA, signature)).isFalse();
    }

    @Test
    void aCertificateNamingItsOwnSignerIdMakesTheKeySignWithIt() throws Exception {
        SignerId custom = SignerId.of("ALICE123@YAHOO.COM");
        UnlockedKey key = SoftUsbKey.open(TestCertificates.keyFile(directory, KeyAlgorithm.SM2, custom))
                .unlock(TestCertificates.PIN);
        assertThat(SignerId.of(key.certificate())).isEqualTo(custom);
        assertThat(Signatures.verify(key.certificate().getPublicKey(), custom, DATA, key.sign(DATA))).isTrue();
        assertThat(Signatures.verify(key.certificate().getPublicKey(), SignerId.DEFAULT, DATA, key.sign(DATA))).isFalse();
    }

    @Test
    void aTamperedMessageOrSignatureDoesNotVerify() {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            KeyPair pair = algorithm.generateKeyPair();
            byte[] signature = Signatures.sign(pair.getPrivate(), algorithm, SignerId.DEFAULT, DATA);
            assertThat(Signatures.verify(pair.getPublic(), SignerId.DEFAULT, "challenge-2".getBytes(StandardCharsets.UTF_8), signature)).isFalse();
            byte[] flipped = signature.clone();
            flipped[flipped.length - 1] ^= 1;
            assertThat(Signatures.verify(pair.getPublic(), SignerId.DEFAULT, DATA, flipped)).isFalse();
            assertThat(Signatures.verify(pair.getPublic(), SignerId.DEFAULT, DATA, new byte[] {1, 2, 3})).isFalse();
        }
    }

    @Test
    void rawAndDerFormsConvertBothWaysWithShortComponentsPadded() {
        byte[] raw = new byte[64];
        raw[31] = 7;
        raw[63] = (byte) 0x80;
        byte[] der = Signatures.rawToDer(raw);
        assertThat(der[0]).isEqualTo((byte) 0x30);
        assertThat(Signatures.derToRaw(der)).isEqualTo(raw);
        KeyPair pair = KeyAlgorithm.ECDSA_P256.generateKeyPair();
        byte[] real = Signatures.sign(pair.getPrivate(), KeyAlgorithm.ECDSA_P256, SignerId.DEFAULT, DATA);
        assertThat(Arrays.equals(Signatures.rawToDer(Signatures.derToRaw(real)), real)).isTrue();
    }
}
