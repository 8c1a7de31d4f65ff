package com.gjjhall.identity.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.support.Hall;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.identity.support.PublishedEvents;
import com.gjjhall.identity.support.TestKey;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import com.gjjhall.softkey.LoginClient;
import com.gjjhall.softkey.SoftUsbKey;
import com.gjjhall.softkey.SoftUsbKeyFile;
import com.gjjhall.softkey.UnlockedKey;
import com.gjjhall.testkit.Infrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

import static com.gjjhall.identity.support.Hall.PASSWORD;
import static com.gjjhall.identity.support.Hall.title;
import static com.gjjhall.identity.support.PublishedEvents.has;
import static org.assertj.core.api.Assertions.assertThat;

/** Certificates: issued with a soft USB key or for a USB key's own request, at most 2 per unit, reissue, the CRL. */
@IdentityServiceTest
class CertificateLifecycleIT {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    @TempDir
    Path keys;

    @Test
    void aSoftUsbKeyIsIssuedWithItsCertificateAndLogsInWithItsPin() throws Exception {
        Hall hall = new Hall(http);
        String unitId = hall.enrolUnit("软证书单位");
        String loginName = Hall.newLoginName("soft");
        String operatorId = hall.registerOperator(unitId, loginName);

        ResponseEntity<JsonNode> issued = hall.issue(Map.of("operatorId", operatorId, "algorithm", "SM2"));
        assertThat(issued.getStatusCode().value()).isEqualTo(201);
        JsonNode body = issued.getBody();
        assertThat(body.get("pin").asText()).as("a PIN was chosen for the envelope").matches("[0-9]{6}");
        assertThat(body.get("keyFileName").asText()).isEqualTo(loginName + ".p12");
        Path file = keys.resolve(body.get("keyFileName").asText());
        SoftUsbKeyFile.write(file, Base64.getDecoder().decode(body.get("keyFile").asText()));

        UnlockedKey key = SoftUsbKey.open(file).unlock(body.get("pin").asText().toCharArray());
        X509Certificate certificate = key.certificate();
        assertThat(certificate.getSigAlgName()).isEqualTo("SM3WITHSM2");
        assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=" + operatorId).contains("OU=" + unitId);
        certificate.verify(key.chain().get(1).getPublicKey(), Crypto.provider().getName());
        key.chain().get(1).verify(key.chain().get(2).getPublicKey(), Crypto.provider().getName());

        LoginClient.Session session = new LoginClient(URI.create("http://localhost:" + port))
                .login(loginName, PASSWORD.toCharArray(), key, LoginClient.SignatureFormat.DER);
        assertThat(session.operatorId()).isEqualTo(operatorId);
    }

    @Test
    void aUnitHoldsAtMostTwoValidCertificatesAndAThirdIsRefused(Infrastructure infrastructure) {
        Hall hall = new Hall(http);
        String unitId = hall.enrolUnit("证书上限单位");
        String first = hall.registerOperator(unitId, Hall.newLoginName("cap1"));
        String second = hall.registerOperator(unitId, Hall.newLoginName("cap2"));
        String third = hall.registerOperator(unitId, Hall.newLoginName("cap3"));
        hall.issueForOwnKey(first, KeyAlgorithm.SM2);
        hall.issueForOwnKey(second, KeyAlgorithm.ECDSA_P256);

        ResponseEntity<JsonNode> refused = hall.issue(Map.of("operatorId", third, "algorithm", "SM2"));
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(title(refused)).isEqualTo("每个单位只能有2个安全密码证书，换发新的证书须先注销掉原有的证书");
        ResponseEntity<JsonNode> listed = hall.call(HttpMethod.GET, "/api/identity/certificates?unitId=" + unitId,
                hall.clerk(), null);
        assertThat(listed.getBody()).hasSize(2);

        PublishedEvents.awaitFor(infrastructure, unitId, events -> events.stream()
                .filter(e -> e.type().equals("identity.CertificateIssued.v1")).count() == 2);
    }

    @Test
    void afterReissueTheOldCertificateNoLongerLogsInAndTheCrlListsIt(Infrastructure infrastructure) throws Exception {
        Hall hall = new Hall(http);
        String unitId = hall.enrolUnit("换发单位");
        String loginName = Hall.newLoginName("reissue");
        String operatorId = hall.registerOperator(unitId, loginName);
        hall.issueForOwnKey(hall.registerOperator(unitId, Hall.newLoginName("other")), KeyAlgorithm.SM2);
        TestKey old = hall.issueForOwnKey(operatorId, KeyAlgorithm.SM2);
        assertThat(hall.login(loginName, PASSWORD, old).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<JsonNode> reissued = hall.call(HttpMethod.POST, "/api/identity/certificates/"
                + old.serialNumber() + "/reissue", hall.clerk(), Map.of("reason", "KEY_LOCKED", "pin", "24680135"));
        assertThat(reissued.getStatusCode().value()).as("the limit of 2 does not block a reissue").isEqualTo(201);
        assertThat(reissued.getBody().has("pin")).as("the clerk's own PIN is not echoed").isFalse();

        ResponseEntity<JsonNode> withOld = hall.login(loginName, PASSWORD, old);
        assertThat(title(withOld)).isEqualTo("证书非法或者不存在");
        Path file = keys.resolve("reissued.p12");
        SoftUsbKeyFile.write(file, Base64.getDecoder().decode(reissued.getBody().get("keyFile").asText()));
        UnlockedKey fresh = SoftUsbKey.open(file).unlock("24680135".toCharArray());
        assertThat(new LoginClient(URI.create("http://localhost:" + port))
                .login(loginName, PASSWORD.toCharArray(), fresh, LoginClient.SignatureFormat.RAW).operatorId())
                .isEqualTo(operatorId);

        ResponseEntity<byte[]> crlResponse = http.getForEntity("/api/identity/crl", byte[].class);
        assertThat(crlResponse.getHeaders().getContentType().toString()).isEqualTo("application/pkix-crl");
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509", Crypto.provider())
                .generateCRL(new ByteArrayInputStream(crlResponse.getBody()));
        crl.verify(fresh.chain().get(1).getPublicKey(), Crypto.provider().getName());
        assertThat(crl.getRevokedCertificate(new BigInteger(old.serialNumber(), 16))).isNotNull();
        assertThat(crl.getRevokedCertificate(fresh.certificate().getSerialNumber())).isNull();

        PublishedEvents.awaitFor(infrastructure, unitId,
                has("identity.CertificateRevoked.v1", body -> body.get("serialNumber").asText().equals(old.serialNumber())
                        && body.get("reason").asText().equals("KEY_LOCKED")),
                has("identity.CertificateIssued.v1", body -> body.get("serialNumber").asText().equals(fresh.serialNumber())));
    }

    @Test
    void aCertificateRequestWithABadSignatureIsRefusedAndOnlyAClerkIssues() {
        Hall hall = new Hall(http);
        String unitId = hall.enrolUnit("申请单位");
        String operatorId = hall.registerOperator(unitId, Hall.newLoginName("csr"));
        ResponseEntity<JsonNode> bad = hall.issue(Map.of("operatorId", operatorId, "certificationRequest",
                "-----BEGIN CERTIFICATE REQUEST-----\nMIIBbad\n-----END CERTIFICATE REQUEST-----\n"));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(title(bad)).isEqualTo("证书申请不正确");

        TestKey key = hall.issueForOwnKey(operatorId, KeyAlgorithm.ECDSA_P256);
        String operatorsToken = hall.tokenOf(hall.call(HttpMethod.GET, "/api/identity/units/" + unitId + "/operators",
                hall.clerk(), null).getBody().get(0).get("loginName").asText(), key);
        ResponseEntity<JsonNode> byOperator = hall.call(HttpMethod.POST, "/api/identity/certificates", operatorsToken,
                Map.of("operatorId", operatorId));
        assertThat(byOperator.getStatusCode().value()).isEqualTo(403);
    }
}
