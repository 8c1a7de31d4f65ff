package com.gjjhall.identity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.identity.unit.UnifiedSocialCreditCode;
import com.gjjhall.softkey.Crypto;
import com.gjjhall.softkey.KeyAlgorithm;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.StringWriter;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The online hall as a test uses it over HTTP: a clerk's chores, certificates, challenges and logins. */
public final class Hall {

    public static final String PASSWORD = "Demo@2026";
    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final TestRestTemplate http;
    private String clerkToken;

    public Hall(TestRestTemplate http) {
        this.http = http;
    }

    /** A token of the demo centre clerk (staff log in with their password alone). */
    public String clerk() {
        if (clerkToken == null) {
            ResponseEntity<JsonNode> session = login(Map.of("loginName", "demo-clerk", "password", PASSWORD));
            assertThat(session.getStatusCode().value()).as(String.valueOf(session.getBody())).isEqualTo(201);
            clerkToken = session.getBody().get("token").asText();
        }
        return clerkToken;
    }

    public String enrolUnit(String name) {
        ResponseEntity<JsonNode> enrolled = call(HttpMethod.POST, "/api/identity/units", clerk(),
                Map.of("unifiedSocialCreditCode", newCreditCode(), "unitName", name));
        assertThat(enrolled.getStatusCode().value()).as(String.valueOf(enrolled.getBody())).isEqualTo(201);
        return enrolled.getBody().get("unitId").asText();
    }

    /** Registers an operator with the password {@link #PASSWORD}. */
    public String registerOperator(String unitId, String loginName) {
        ResponseEntity<JsonNode> registered = call(HttpMethod.POST, "/api/identity/operators", clerk(), Map.of(
                "unitId", unitId, "loginName", loginName, "operatorName", "测试员", "mobile", "13912345678",
                "initialPassword", PASSWORD));
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        return registered.getBody().get("operatorId").asText();
    }

    /** A certificate for a key made here, as a real USB key would make it (PKCS#10): fast, no key file. */
    public TestKey issueForOwnKey(String operatorId, KeyAlgorithm algorithm) {
        KeyPair pair = algorithm.generateKeyPair();
        ResponseEntity<JsonNode> issued = call(HttpMethod.POST, "/api/identity/certificates", clerk(), Map.of(
                "operatorId", operatorId, "algorithm", algorithm.name(), "certificationRequest", csr(pair, algorithm)));
        assertThat(issued.getStatusCode().value()).as(String.valueOf(issued.getBody())).isEqualTo(201);
        return new TestKey(pair.getPrivate(), algorithm, issued.getBody().get("certificate").asText(),
                issued.getBody().get("serialNumber").asText());
    }

    public ResponseEntity<JsonNode> issue(Map<String, Object> request) {
        return call(HttpMethod.POST, "/api/identity/certificates", clerk(), request);
    }

    public String challenge() {
        ResponseEntity<JsonNode> challenge = http.postForEntity("/api/identity/login-challenges", null, JsonNode.class);
        assertThat(challenge.getStatusCode().value()).isEqualTo(201);
        return challenge.getBody().get("challenge").asText();
    }

    /** The whole login: a fresh challenge, signed with {@code key}. */
    public ResponseEntity<JsonNode> login(String loginName, String password, TestKey key) {
        String challenge = challenge();
        return login(loginBody(loginName, password, challenge, key.certificatePem(), key.sign(challenge)));
    }

    public ResponseEntity<JsonNode> login(Map<String, ?> body) {
        return http.postForEntity("/api/identity/sessions", body, JsonNode.class);
    }

    public static Map<String, Object> loginBody(String loginName, String password, String challenge, String certificate,
                                                String signature) {
        Map<String, Object> body = new HashMap<>();
        body.put("loginName", loginName);
        body.put("password", password);
        body.put("challenge", challenge);
        body.put("certificate", certificate);
        body.put("signature", signature);
        return body;
    }

    public String tokenOf(String loginName, TestKey key) {
        ResponseEntity<JsonNode> session = login(loginName, PASSWORD, key);
        assertThat(session.getStatusCode().value()).as(String.valueOf(session.getBody())).isEqualTo(201);
        return session.getBody().get("token").asText();
    }

    public ResponseEntity<JsonNode> call(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** The Chinese message of a refusal. */
    public static String title(ResponseEntity<JsonNode> response) {
        return response.getBody() == null ? null : response.getBody().path("title").asText();
    }

    public static String newCreditCode() {
        StringBuilder first17 = new StringBuilder("91420100");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            first17.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return UnifiedSocialCreditCode.withCheckCharacter(first17.toString()).value();
    }

    public static String newLoginName(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    public static String csr(KeyPair pair, KeyAlgorithm algorithm) {
        try {
            var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=usb-key"), pair.getPublic())
                    .build(new JcaContentSignerBuilder(algorithm.signatureAlgorithm()).setProvider(Crypto.provider())
                            .build(pair.getPrivate()));
            StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(request);
            }
            return pem.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
