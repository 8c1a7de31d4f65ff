package com.gjjhall.identity.certificate.ca;

import com.gjjhall.identity.secrets.SecretBox;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The platform CA's two authorities, SM2 both: a root (20 years) that signs only the issuing CA (10 years),
 * which signs end-entity certificates and the CRL. Made on first use and kept in {@code ca_key}, private
 * keys sealed with the master key, so they never rest unencrypted and every instance uses the same CA.
 */
@Component
class CaKeys {

    /** A CA certificate with its private key. */
    record Authority(X509Certificate certificate, PrivateKey key) {

        @Override
        public String toString() {
            return "Authority[" + certificate.getSubjectX500Principal() + "]";
        }
    }

    record Pair(Authority root, Authority issuing) {
    }

    static final X500Name ROOT_NAME = new X500Name("CN=GJJ Online Hall Root CA,O=GJJ Online Hall,C=CN");
    static final X500Name ISSUING_NAME = new X500Name("CN=GJJ Online Hall Issuing CA,O=GJJ Online Hall,C=CN");
    private static final Duration ROOT_LIFETIME = Duration.ofDays(20 * 365);
    private static final Duration ISSUING_LIFETIME = Duration.ofDays(10 * 365);

    private final JdbcTemplate jdbc;
    private final SecretBox secrets;
    private final Clock clock;
    private volatile Pair pair;

    CaKeys(JdbcTemplate jdbc, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    Pair get() {
        Pair loaded = pair;
        if (loaded == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate();
                }
                loaded = pair;
            }
        }
        return loaded;
    }

    private Pair loadOrCreate() {
        // An advisory lock keeps two instances starting together from making two CAs.
        jdbc.execute("select pg_advisory_lock(hashtext('gjj.ca_key'))");
        try {
            Map<String, Authority> stored = jdbc.query("select role, certificate, encrypted_private_key from ca_key",
                    (rs, i) -> Map.entry(rs.getString(1), new Authority(Certificates.parse(rs.getBytes(2)),
                            privateKey(secrets.open(rs.getBytes(3)))))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (stored.containsKey("ROOT") && stored.containsKey("ISSUING")) {
                return new Pair(stored.get("ROOT"), stored.get("ISSUING"));
            }
            Pair created = create(clock.instant());
            store("ROOT", created.root());
            store("ISSUING", created.issuing());
            return created;
        } finally {
            jdbc.execute("select pg_advisory_unlock(hashtext('gjj.ca_key'))");
        }
    }

    private void store(String role, Authority authority) {
        try {
            jdbc.update("insert into ca_key (role, certificate, encrypted_private_key) values (?, ?, ?)",
                    role, authority.certificate().getEncoded(), secrets.seal(authority.key().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the CA", e);
        }
    }

    private static Pair create(Instant now) {
        KeyPair rootKeys = KeyAlgorithm.SM2.generateKeyPair();
        KeyPair issuingKeys = KeyAlgorithm.SM2.generateKeyPair();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder root = new JcaX509v3CertificateBuilder(ROOT_NAME, Certificates.newSerial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(ROOT_LIFETIME)), ROOT_NAME,
                    rootKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
            X509Certificate rootCertificate = Certificates.sign(root, rootKeys.getPrivate());
            X509v3CertificateBuilder issuing = new JcaX509v3CertificateBuilder(rootCertificate, Certificates.newSerial(),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(ISSUING_LIFETIME)), ISSUING_NAME,
                    issuingKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(issuingKeys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(rootCertificate));
            return new Pair(new Authority(rootCertificate, rootKeys.getPrivate()),
                    new Authority(Certificates.sign(issuing, rootKeys.getPrivate()), issuingKeys.getPrivate()));
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the platform CA", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC", Crypto.provider()).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored CA key is unreadable", e);
        }
    }

    List<X509Certificate> chain() {
        Pair loaded = get();
        return List.of(loaded.issuing().certificate(), loaded.root().certificate());
    }
}
