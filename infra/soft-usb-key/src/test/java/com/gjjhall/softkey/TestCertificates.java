package com.gjjhall.softkey;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Self-signed certificates and key files for the tests, as the platform's CA would make them. */
final class TestCertificates {

    static final char[] PIN = "123456".toCharArray();

    private TestCertificates() {
    }

    static Path keyFile(Path directory, KeyAlgorithm algorithm, SignerId signerId) {
        KeyPair pair = algorithm.generateKeyPair();
        Path file = directory.resolve(algorithm + "-" + System.nanoTime() + ".p12");
        SoftUsbKeyFile.write(file, SoftUsbKeyFile.create(pair.getPrivate(), List.of(certificate(pair, algorithm, signerId)), PIN));
        return file;
    }

    static X509Certificate certificate(KeyPair pair, KeyAlgorithm algorithm, SignerId signerId) {
        try {
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=OP-TEST,OU=U-TEST,C=CN"),
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now), Date.from(now.plus(Duration.ofDays(1))),
                    new X500Name("CN=OP-TEST,OU=U-TEST,C=CN"), pair.getPublic());
            if (signerId != null) {
                builder.addExtension(signerId.toExtension());
            }
            return new JcaX509CertificateConverter().setProvider(Crypto.provider()).getCertificate(builder.build(
                    new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).setProvider(Crypto.provider())
                            .build(pair.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
