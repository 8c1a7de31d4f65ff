package com.gjjhall.identity.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.testkit.MutableClock;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.testkit.Infrastructure;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import java.util.Map;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static com.gjjhall.identity.support.Hall.loginBody;
import static com.gjjhall.identity.support.Hall.title;
import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** Every login message of DOMAIN.md (Identity and certificates), each from a real request. */
@IdentityServiceTest
class LoginMessagesIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    MutableClock clock;

    private Hall hall;
    private String unitId;
    private String loginName;
    private TestKey key;

    @BeforeEach
    void anOperatorWithAnSm2Key() {
        hall = new Hall(http);
        unitId = hall.enrolUnit("登录测试单位");
        loginName = Hall.newLoginName("login");
        key = hall.issueForOwnKey(hall.registerOperator(unitId, loginName), KeyAlgorithm.SM2);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anOperatorWithPasswordCertificateAndSignatureGetsATokenForTheirUnit() {
        ResponseEntity<JsonNode> session = hall.login(loginName.toUpperCase(), PASSWORD, key);
        assertThat(session.getStatusCode().value()).isEqualTo(201);
        assertThat(session.getBody().get("unitId").asText()).isEqualTo(unitId);
        assertThat(session.getBody().get("loginName").asText()).isEqualTo(loginName);
        assertThat(session.getBody().get("onlineBusinessOpened").asBoolean()).isFalse();
    }

    @Test
    void anUnknownLoginNameIsRefusedAsAnUnknownUser() {
        ResponseEntity<JsonNode> refused = hall.login("nobody-" + System.nanoTime(), PASSWORD, key);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(title(refused)).isEqualTo("用户不存在或用户类型错误");
    }

    @Test
    void aWrongPasswordSaysHowManyTriesRemainAndNeverEchoesThePassword() {
        ResponseEntity<JsonNode> refused = hall.login(loginName, "Not-the-password-1", key);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(title(refused)).isEqualTo("登录密码错误");
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("登录密码错误，再输错5次将暂时冻结");
        assertThat(refused.getBody().toString()).doesNotContain("Not-the-password-1");
    }

    @Test
    void aFrozenOperatorIsToldSo() {
        for (int i = 0; i < 6; i++) {
            hall.login(loginName, "wrong-password-" + i, key);
        }
        ResponseEntity<JsonNode> frozen = hall.login(loginName, PASSWORD, key);
        assertThat(frozen.getStatusCode().value()).isEqualTo(401);
        assertThat(title(frozen)).isEqualTo("用户已暂时冻结");
    }

    @Test
    void aCertificateTheCaNeverIssuedIsIllegal() {
        KeyPair own = KeyAlgorithm.SM2.generateKeyPair();
        TestKey selfMade = new TestKey(own.getPrivate(), KeyAlgorithm.SM2, selfSigned(own), "1");
        assertThat(title(hall.login(loginName, PASSWORD, selfMade))).isEqualTo("证书非法或者不存在");
        TestKey garbled = new TestKey(own.getPrivate(), KeyAlgorithm.SM2, "MIIB-not-a-certificate", "1");
        assertThat(title(hall.login(loginName, PASSWORD, garbled))).isEqualTo("证书非法或者不存在");
        String challenge = hall.challenge();
        ResponseEntity<JsonNode> none = hall.login(loginBody(loginName, PASSWORD, challenge, null, key.sign(challenge)));
        assertThat(title(none)).as("no certificate at all").isEqualTo("证书非法或者不存在");
    }

    @Test
    void anotherOperatorsCertificateIsIllegalEvenWithItsOwnValidSignature() {
        String colleague = Hall.newLoginName("colleague");
        TestKey colleaguesKey = hall.issueForOwnKey(hall.registerOperator(unitId, colleague), KeyAlgorithm.SM2);
        ResponseEntity<JsonNode> refused = hall.login(loginName, PASSWORD, colleaguesKey);
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(title(refused)).isEqualTo("证书非法或者不存在");
    }

    @Test
    void aRevokedCertificateIsIllegal() {
        ResponseEntity<JsonNode> revoked = hall.call(HttpMethod.POST,
                "/api/identity/certificates/" + key.serialNumber() + "/revocation", hall.clerk(),
                Map.of("reason", "KEY_COMPROMISE"));
        assertThat(revoked.getStatusCode().value()).isEqualTo(200);
        assertThat(revoked.getBody().get("status").asText()).isEqualTo("REVOKED");
        assertThat(title(hall.login(loginName, PASSWORD, key))).isEqualTo("证书非法或者不存在");
    }

    @Test
    void anExpiredCertificateIsIllegal() {
        clock.advance(Duration.ofDays(731));
        assertThat(title(hall.login(loginName, PASSWORD, key))).isEqualTo("证书非法或者不存在");
    }

    @Test
    void aSignatureOverAnythingButTheChallengeFails(Infrastructure infrastructure) {
        String challenge = hall.challenge();
        ResponseEntity<JsonNode> refused = hall.login(loginBody(loginName, PASSWORD, challenge, key.certificatePem(),
                key.sign(challenge + "-altered")));
        assertThat(refused.getStatusCode().value()).isEqualTo(401);
        assertThat(title(refused)).isEqualTo("签名失败");
        assertThat(refused.getBody().get("code").asText()).isEqualTo("SIGNATURE_FAILED");

        String operatorId = hall.login(loginName, PASSWORD, key).getBody().get("operatorId").asText();
        PublishedEvents.awaitFor(infrastructure, operatorId,
                has("identity.LoginFailed.v1", body -> body.get("reason").asText().equals("SIGNATURE_FAILED")),
                has("identity.LoginSucceeded.v1", body -> body.get("certificateSerialNumber").asText().equals(key.serialNumber())));
    }

    @Test
    void aChallengeIsGoodForOneLoginOnlyAndAReplayIsRefused() {
        String challenge = hall.challenge();
        Map<String, Object> login = loginBody(loginName, PASSWORD, challenge, key.certificatePem(), key.sign(challenge));
        assertThat(hall.login(login).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<JsonNode> replayed = hall.login(login);
        assertThat(replayed.getStatusCode().value()).isEqualTo(401);
        assertThat(replayed.getBody().get("code").asText()).isEqualTo("CHALLENGE_INVALID");
        assertThat(title(replayed)).isEqualTo("签名失败");
    }

    @Test
    void aChallengeExpiresAfterAShortTime() {
        String challenge = hall.challenge();
        clock.advance(Duration.ofMinutes(3));
        ResponseEntity<JsonNode> late = hall.login(loginBody(loginName, PASSWORD, challenge, key.certificatePem(),
                key.sign(challenge)));
        assertThat(late.getBody().get("code").asText()).isEqualTo("CHALLENGE_INVALID");
    }

    @Test
    void rawRAndSSignaturesAsUsbKeysGiveThemAreAcceptedForSm2AndEcdsa() {
        TestKey ecdsa = hall.issueForOwnKey(hall.registerOperator(unitId, loginName + "-ec"), KeyAlgorithm.ECDSA_P256);
        for (var pair : Map.of(loginName, key, loginName + "-ec", ecdsa).entrySet()) {
            String challenge = hall.challenge();
            ResponseEntity<JsonNode> session = hall.login(loginBody(pair.getKey(), PASSWORD, challenge,
                    pair.getValue().certificatePem(), pair.getValue().signRaw(challenge)));
            assertThat(session.getStatusCode().value()).as(pair.getValue().algorithm() + " raw").isEqualTo(201);
        }
    }

    /** A well-formed certificate for the operator's login name that the platform CA never issued. */
    private String selfSigned(KeyPair pair) {
        try {
            var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + loginName), BigInteger.TEN,
                    new Date(), new Date(System.currentTimeMillis() + 86_400_000L), new X500Name("CN=" + loginName),
                    pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Crypto.provider()).getCertificate(
                    builder.build(new JcaContentSignerBuilder("SM3withSM2").setProvider(Crypto.provider())
                            .build(pair.getPrivate())));
            return Certificates.pem(certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
