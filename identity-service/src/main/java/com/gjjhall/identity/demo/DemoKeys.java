package com.gjjhall.identity.demo;

import com.gjjhall.identity.certificate.CertificateIssuance;
import com.gjjhall.identity.certificate.CertificateRegistry;
import com.gjjhall.identity.certificate.RevocationReason;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.SoftUsbKey;
import com.gjjhall.softkey.SoftUsbKeyFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The demo operators' soft USB keys, as files a local user can find ({@code gjj.demo.key-directory}). A key
 * whose file is missing or was locked by 6 wrong PINs is reissued (换发), as the bank would.
 */
@Component
@ConditionalOnProperty(name = "gjj.demo.seed", havingValue = "true")
class DemoKeys {

    /** The demo keys' PIN: the initial PIN of the guide (新手指南 二.2). */
    static final String PIN = "123456";

    private final CertificateIssuance issuance;
    private final CertificateRegistry registry;
    private final Clock clock;
    private final Path directory;

    DemoKeys(CertificateIssuance issuance, CertificateRegistry registry, Clock clock,
             @Value("${gjj.demo.key-directory:${user.dir}/.platform-data/demo-keys}") Path directory) {
        this.issuance = issuance;
        this.registry = registry;
        this.clock = clock;
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    /** Makes sure {@code <loginName>.p12} opens with the demo PIN and holds a valid certificate. */
    void ensure(String unitId, String operatorId, String loginName, KeyAlgorithm algorithm) {
        Path file = directory.resolve(loginName + ".p12");
        Instant now = clock.instant();
        List<CertificateRegistry.Entry> valid = registry.ofOperator(operatorId).stream()
                .filter(c -> c.validAt(now)).toList();
        boolean present = Files.isRegularFile(file);
        boolean locked = present && SoftUsbKey.open(file).isLocked();
        if (!valid.isEmpty() && present && !locked) {
            return;
        }
        CertificateIssuance.KeySource source = CertificateIssuance.KeySource.softKey(algorithm, PIN.toCharArray());
        CertificateIssuance.Issued issued = valid.isEmpty()
                ? issuance.issue(unitId, operatorId, source)
                : issuance.reissue(unitId, valid.get(0).serialNumber(),
                        locked ? RevocationReason.KEY_LOCKED : RevocationReason.SUPERSEDED, source);
        SoftUsbKeyFile.write(file, issued.keyFile());
    }

    void writeReadme() {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("README.txt"), """
                    Soft USB keys of the demo unit 示范单位 (PKCS#12 files), PIN %s:
                      demo-maker.p12    SM2 (SM3withSM2)
                      demo-checker.p12  ECDSA P-256
                    Log in through the gateway (password Demo@2026):
                      java -jar infra/soft-usb-key/target/soft-usb-key.jar login --key %s \\
                          --pin %s --login demo-maker --password Demo@2026 --url http://localhost:8080
                    6 wrong PINs in a row lock a key for good; identity-service reissues a locked or missing
                    demo key when it next starts.
                    """.formatted(PIN, directory.resolve("demo-maker.p12"), PIN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
