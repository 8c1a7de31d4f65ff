package com.gjjhall.identity.demo;

import com.gjjhall.identity.certificate.CertificateRegistry;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.softkey.KeyLockedException;
import com.gjjhall.softkey.LoginClient;
import com.gjjhall.softkey.SoftUsbKey;
import com.gjjhall.softkey.UnlockedKey;
import com.gjjhall.softkey.WrongPinException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 6 wrong PINs lock the demo checker's soft key for good; the next seeding reissues it (换发) as a bank would. */
@IdentityServiceTest
class DemoKeysIT {

    @Autowired
    DemoUnit seed;

    @Autowired
    CertificateRegistry certificates;

    @LocalServerPort
    int port;

    @Test
    void aKeyLockedBySixWrongPinsIsReissuedAndTheOldCertificateRevoked() throws Exception {
        Path file = Path.of("target/demo-keys/demo-checker.p12");
        String lockedSerial = SoftUsbKey.open(file).unlock(DemoKeys.PIN.toCharArray()).serialNumber();
        SoftUsbKey key = SoftUsbKey.open(file);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> key.unlock("000000".toCharArray())).isInstanceOf(WrongPinException.class);
        }
        assertThatThrownBy(() -> key.unlock("000000".toCharArray())).isInstanceOf(KeyLockedException.class);

        seed.run(null);

        UnlockedKey reissued = SoftUsbKey.open(file).unlock(DemoKeys.PIN.toCharArray());
        assertThat(reissued.serialNumber()).isNotEqualTo(lockedSerial);
        assertThat(certificates.find(lockedSerial).orElseThrow().revocationReason()).isEqualTo("KEY_LOCKED");
        assertThat(new LoginClient(URI.create("http://localhost:" + port))
                .login("demo-checker", DemoUnit.PASSWORD.toCharArray(), reissued, LoginClient.SignatureFormat.DER)
                .operatorId()).isEqualTo(DemoUnit.CHECKER_ID);
    }
}
