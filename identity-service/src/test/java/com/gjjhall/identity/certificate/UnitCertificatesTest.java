package com.gjjhall.identity.certificate;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.certificate.ca.CertificateAuthority;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** "Each unit can have only 2 security certificates; a new one needs an old one revoked first" (FAQ 四.5). */
class UnitCertificatesTest {

    private static final String UNIT = "U1";
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant IN_TWO_YEARS = NOW.plus(Duration.ofDays(730));
    private static final byte[] DER = {1};

    private final AggregateTestFixture<UnitCertificates> fixture = new AggregateTestFixture<>(UnitCertificates.class);
    private final AtomicLong serials = new AtomicLong(0x100);

    @BeforeEach
    void resources() {
        CertificateAuthority ca = mock(CertificateAuthority.class);
        when(ca.issue(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> selfSigned(call.getArgument(0)));
        UnitDirectory units = mock(UnitDirectory.class);
        when(units.get(UNIT)).thenReturn(new UnitDirectory.Entry(UNIT, "91420100MA4K00001X", "示范单位", NOW, null, null, null));
        OperatorDirectory operators = mock(OperatorDirectory.class);
        when(operators.get(anyString())).thenAnswer(call -> new OperatorDirectory.Entry(call.getArgument(0), UNIT,
                "login", Set.of("OPERATOR"), null, "13800000001", null));
        when(operators.byId(anyString())).thenAnswer(call -> Optional.of(operators.get(call.getArgument(0))));
        fixture.registerInjectableResource(ca);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(operators);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CertificateIssued issued(String serial, String operatorId, Instant notAfter) {
        return new CertificateIssued(UNIT, operatorId, serial, KeyAlgorithm.SM2, DER, NOW, notAfter, NOW);
    }

    private static IssueCertificateCommand issueFor(String operatorId) {
        return new IssueCertificateCommand(UNIT, operatorId,
                new CertificateRequest(KeyAlgorithm.SM2.generateKeyPair().getPublic().getEncoded(), null));
    }

    @Test
    void aUnitGetsItsFirstCertificate() {
        fixture.givenNoPriorActivity()
                .when(issueFor("OP1"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(messageWithPayload(any(CertificateIssued.class)), andNoMore()));
    }

    @Test
    void aThirdValidCertificateIsRefusedWithTheFaqsWords() {
        fixture.given(issued("A1", "OP1", IN_TWO_YEARS), issued("A2", "OP2", IN_TWO_YEARS))
                .when(issueFor("OP3"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("CERTIFICATE_LIMIT_REACHED: " + IdentityError.CERTIFICATE_LIMIT_REACHED.message())
                .expectNoEvents();
    }

    @Test
    void revokedAndExpiredCertificatesDoNotCountTowardsTheTwo() {
        fixture.given(issued("A1", "OP1", IN_TWO_YEARS), issued("A2", "OP2", NOW.minusSeconds(1)),
                        issued("A3", "OP3", IN_TWO_YEARS),
                        new CertificateRevoked(UNIT, "OP3", "A3", RevocationReason.KEY_COMPROMISE, NOW))
                .when(issueFor("OP3"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void reissueRevokesTheOldCertificateBeforeIssuingTheNewOneSoTheLimitNeverBlocksIt() {
        fixture.given(issued("A1", "OP1", IN_TWO_YEARS), issued("A2", "OP2", IN_TWO_YEARS))
                .when(new ReissueCertificateCommand(UNIT, "A1", RevocationReason.KEY_LOCKED,
                        new CertificateRequest(KeyAlgorithm.SM2.generateKeyPair().getPublic().getEncoded(), null)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(org.hamcrest.Matchers.equalTo(
                                new CertificateRevoked(UNIT, "OP1", "A1", RevocationReason.KEY_LOCKED, NOW))),
                        messageWithPayload(any(CertificateIssued.class)), andNoMore()));
    }

    @Test
    void aCertificateCannotBeRevokedTwice() {
        fixture.given(issued("A1", "OP1", IN_TWO_YEARS),
                        new CertificateRevoked(UNIT, "OP1", "A1", RevocationReason.SUPERSEDED, NOW))
                .when(new RevokeCertificateCommand(UNIT, "A1", RevocationReason.KEY_COMPROMISE))
                .expectException(BusinessException.class)
                .expectExceptionMessage("CERTIFICATE_ALREADY_REVOKED: " + IdentityError.CERTIFICATE_ALREADY_REVOKED.message());
    }

    private X509Certificate selfSigned(java.security.PublicKey key) throws Exception {
        KeyPair ca = KeyAlgorithm.SM2.generateKeyPair();
        var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=test CA"), BigInteger.valueOf(serials.incrementAndGet()),
                Date.from(NOW), Date.from(IN_TWO_YEARS), new X500Name("CN=OP"), key);
        return new JcaX509CertificateConverter().setProvider(Crypto.provider()).getCertificate(builder.build(
                new JcaContentSignerBuilder("SM3withSM2").setProvider(Crypto.provider()).build(ca.getPrivate())));
    }
}
