package com.gjjhall.gateway.web;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.SoftUsbKeyFile;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key files for the web app's own tests, made by the soft USB key's Java code (the code that makes the files the
 * centre hands out), so the page and the files cannot drift apart: an SM2 and a P-256 key file with PIN
 * {@value #PIN}, each with its certificate, and a file that is no key file. The Maven build runs it before the
 * web tests; {@code args[0]} is the directory.
 */
public final class KeyFileFixtures {

    public static final String PIN = "123456";

    private KeyFileFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/web-fixtures");
        Files.createDirectories(directory);
        write(directory.resolve("sm2.p12"), KeyAlgorithm.SM2);
        write(directory.resolve("p256.p12"), KeyAlgorithm.ECDSA_P256);
        Files.write(directory.resolve("not-a-key.p12"), new byte[] {1, 2, 3});
    }

    private static void write(Path file, KeyAlgorithm algorithm) throws IOException, OperatorCreationException,
            java.security.cert.CertificateException {
        KeyPair pair = algorithm.generateKeyPair();
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=网页测试操作员,O=GJJ Online Hall");
        var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                pair.getPublic());
        var signer = new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).setProvider(Crypto.provider())
                .build(pair.getPrivate());
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Crypto.provider())
                .getCertificate(builder.build(signer));
        Files.write(file, SoftUsbKeyFile.create(pair.getPrivate(), List.of(certificate), PIN.toCharArray()));
    }
}
