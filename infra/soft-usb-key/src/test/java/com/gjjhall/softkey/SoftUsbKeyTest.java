package com.gjjhall.softkey;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SoftUsbKeyTest {

    private static final char[] WRONG = "000000".toCharArray();

    @TempDir
    Path directory;

    @Test
    void theRightPinOpensTheKeyAndItsSignaturesVerifyWithItsCertificate() throws Exception {
        for (KeyAlgorithm algorithm : KeyAlgorithm.values()) {
            UnlockedKey key = SoftUsbKey.open(TestCertificates.keyFile(directory, algorithm, null))
                    .unlock(TestCertificates.PIN);
            byte[] challenge = "a-challenge".getBytes(StandardCharsets.UTF_8);
            assertThat(key.algorithm()).isEqualTo(algorithm);
            assertThat(Signatures.verify(key.certificate().getPublicKey(), SignerId.DEFAULT, challenge, key.sign(challenge)))
                    .as("%s DER", algorithm).isTrue();
            assertThat(Signatures.verify(key.certificate().getPublicKey(), SignerId.DEFAULT, challenge, key.signRaw(challenge)))
                    .as("%s raw r||s", algorithm).isTrue();
        }
    }

    @Test
    void eachWrongPinSaysHowManyAreLeftAndTheRightPinResetsTheCount() throws Exception {
        SoftUsbKey key = SoftUsbKey.open(TestCertificates.keyFile(directory, KeyAlgorithm.SM2, null));
        assertThatThrownBy(() -> key.unlock(WRONG)).isInstanceOf(WrongPinException.class)
                .hasMessage("PIN码错误，再输错5次证书将被锁定");
        assertThatThrownBy(() -> key.unlock(WRONG)).isInstanceOf(WrongPinException.class)
                .satisfies(e -> assertThat(((WrongPinException) e).triesLeft()).isEqualTo(4));
        key.unlock(TestCertificates.PIN);
        assertThat(key.triesLeft()).isEqualTo(SoftUsbKey.MAX_WRONG_PINS);
    }

    @Test
    void theSixthWrongPinInARowLocksTheKeyForGoodEvenAgainstTheRightPin() throws Exception {
        Path file = TestCertificates.keyFile(directory, KeyAlgorithm.SM2, null);
        SoftUsbKey key = SoftUsbKey.open(file);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> key.unlock(WRONG)).isInstanceOf(WrongPinException.class);
        }
        assertThatThrownBy(() -> key.unlock(WRONG)).isInstanceOf(KeyLockedException.class)
                .hasMessageContaining("证书换发");
        assertThatThrownBy(() -> key.unlock(TestCertificates.PIN)).isInstanceOf(KeyLockedException.class);

        Files.delete(file.resolveSibling(file.getFileName() + ".pin-tries"));
        assertThat(SoftUsbKey.open(file).isLocked()).as("forgetting the count does not bring the key back").isTrue();
        assertThat(Files.size(file)).as("the key material is gone from the file").isLessThan(100);
    }

    @Test
    void aFileThatIsNoKeyFileIsSaidSoAndNeverCountsTowardTheLock() throws Exception {
        Path notAKey = directory.resolve("three-bytes.p12");
        Files.write(notAKey, new byte[]{1, 2, 3});
        SoftUsbKey key = SoftUsbKey.open(notAKey);
        for (int run = 0; run < SoftUsbKey.MAX_WRONG_PINS + 2; run++) {
            assertThatThrownBy(() -> key.unlock(WRONG)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("不是有效的证书文件");
        }
        assertThat(key.isLocked()).isFalse();
        assertThat(key.triesLeft()).isEqualTo(SoftUsbKey.MAX_WRONG_PINS);
    }

    @Test
    void aChangedPinReplacesTheOldOne() throws Exception {
        SoftUsbKey key = SoftUsbKey.open(TestCertificates.keyFile(directory, KeyAlgorithm.ECDSA_P256, null));
        key.changePin(TestCertificates.PIN, "24681357".toCharArray());
        assertThatThrownBy(() -> key.unlock(TestCertificates.PIN)).isInstanceOf(WrongPinException.class);
        assertThat(key.unlock("24681357".toCharArray()).algorithm()).isEqualTo(KeyAlgorithm.ECDSA_P256);
    }

    @Test
    void aPinShorterThanSixCharactersIsRefused() {
        assertThatThrownBy(() -> SoftUsbKeyFile.requireValidPin("1234".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("PIN码须为6至16位");
    }
}
