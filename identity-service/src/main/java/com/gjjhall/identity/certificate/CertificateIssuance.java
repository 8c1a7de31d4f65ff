package com.gjjhall.identity.certificate;

import com.gjjhall.identity.certificate.ca.CertificateAuthority;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.SoftUsbKeyFile;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Issues certificates with their key: either a soft USB key made here (key pair, certificate and chain in a
 * PIN-protected PKCS#12 file handed out once and never stored), or for a public key from a PKCS#10 request.
 */
@Component
public class CertificateIssuance {

    /** Where the key comes from: a CSR, or else a soft key of {@code algorithm} locked with {@code pin}. */
    public record KeySource(KeyAlgorithm algorithm, String signerId, char[] pin, String certificationRequest) {

        public static KeySource softKey(KeyAlgorithm algorithm, char[] pin) {
            return new KeySource(algorithm, null, pin, null);
        }

        @Override
        public String toString() {
            return "KeySource[" + (certificationRequest != null ? "PKCS#10" : "soft key " + algorithm) + "]";
        }
    }

    /**
     * An issued certificate. {@code keyFile} (PKCS#12) is there for soft keys only; {@code generatedPin} only
     * when the clerk chose none, to hand over once in a sealed envelope.
     */
    public record Issued(X509Certificate certificate, List<X509Certificate> caChain, byte[] keyFile, char[] generatedPin) {

        @Override
        public String toString() {
            return "Issued[" + certificate.getSerialNumber().toString(16) + "]";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int GENERATED_PIN_DIGITS = 6;

    private final CommandGateway commands;
    private final CertificateAuthority ca;

    CertificateIssuance(CommandGateway commands, CertificateAuthority ca) {
        this.commands = commands;
        this.ca = ca;
    }

    public Issued issue(String unitId, String operatorId, KeySource source) {
        return withKey(source, request -> commands.sendAndWait(new IssueCertificateCommand(unitId, operatorId, request)));
    }

    public Issued reissue(String unitId, String serialNumber, RevocationReason reason, KeySource source) {
        return withKey(source, request -> commands.sendAndWait(
                new ReissueCertificateCommand(unitId, serialNumber, reason, request)));
    }

    private Issued withKey(KeySource source, Function<CertificateRequest, X509Certificate> issuing) {
        if (source.certificationRequest() != null) {
            PublicKey key = CertificationRequests.verifiedPublicKey(source.certificationRequest());
            X509Certificate certificate = issuing.apply(new CertificateRequest(key.getEncoded(), source.signerId()));
            return new Issued(certificate, ca.chain(), null, null);
        }
        char[] pin = source.pin() == null ? generatedPin() : source.pin();
        SoftUsbKeyFile.requireValidPin(pin);
        KeyPair pair = source.algorithm().generateKeyPair();
        X509Certificate certificate = issuing.apply(new CertificateRequest(pair.getPublic().getEncoded(), source.signerId()));
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(ca.chain());
        byte[] keyFile = SoftUsbKeyFile.create(pair.getPrivate(), chain, pin);
        return new Issued(certificate, ca.chain(), keyFile, source.pin() == null ? pin : null);
    }

    private static char[] generatedPin() {
        char[] pin = new char[GENERATED_PIN_DIGITS];
        for (int i = 0; i < pin.length; i++) {
            pin[i] = (char) ('0' + RANDOM.nextInt(10));
        }
        return pin;
    }
}
