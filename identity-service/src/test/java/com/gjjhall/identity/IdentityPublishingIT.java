package com.gjjhall.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.identity.support.IdentityServiceTest;
import com.gjjhall.identity.unit.UnifiedSocialCreditCode;
import com.gjjhall.softkey.LoginClient;
import com.gjjhall.softkey.SoftUsbKey;
import com.gjjhall.softkey.UnlockedKey;
import com.gjjhall.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A clerk enrols a unit: the command's event is stored, published on Kafka with its envelope, once. */
@IdentityServiceTest
class IdentityPublishingIT {

    @Autowired
    TestRestTemplate http;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEnrolledUnitIsPublishedWithItsEnvelopeAndTheRequestsTraceId(Infrastructure infrastructure) throws Exception {
        String token = login("demo-clerk", "Demo@2026");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String code = UnifiedSocialCreditCode.withCheckCharacter("91420100MA4K" + String.format("%05d", (int) (Math.random() * 99999))).value();
        ResponseEntity<String> enrolled = http.exchange("/api/identity/units", HttpMethod.POST,
                new HttpEntity<>(Map.of("unifiedSocialCreditCode", code, "unitName", "武汉测试单位"),
                        headers(token, traceId)), String.class);
        assertThat(enrolled.getStatusCode().value()).isEqualTo(201);
        assertThat(enrolled.getHeaders().getFirst("X-Trace-Id")).isEqualTo(traceId);
        String unitId = json.readTree(enrolled.getBody()).get("unitId").asText();

        List<ConsumerRecord<String, String>> published = readUntil(infrastructure, unitId);
        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(record.key()).isEqualTo(unitId);
        assertThat(header(record, EventEnvelope.Headers.TYPE)).isEqualTo("identity.UnitEnrolled.v1");
        assertThat(header(record, EventEnvelope.Headers.SOURCE)).isEqualTo("/identity-service");
        assertThat(header(record, EventEnvelope.Headers.SUBJECT)).isEqualTo(unitId);
        assertThat(header(record, EventEnvelope.Headers.ID)).isNotBlank();
        assertThat(header(record, EventEnvelope.Headers.TRACE_ID)).isEqualTo(traceId);
        JsonNode body = json.readTree(record.value());
        assertThat(body.get("unitName").asText()).isEqualTo("武汉测试单位");
        assertThat(body.get("unifiedSocialCreditCode").asText()).isEqualTo(code);
    }

    @Test
    void aUnitCannotBeEnrolledTwiceAndTheSecondAttemptChangesNothing() throws Exception {
        String token = login("demo-clerk", "Demo@2026");
        String code = UnifiedSocialCreditCode.withCheckCharacter("91420100MA4L" + String.format("%05d", (int) (Math.random() * 99999))).value();
        var request = new HttpEntity<>(Map.of("unifiedSocialCreditCode", code, "unitName", "重复单位"), headers(token, null));
        assertThat(http.exchange("/api/identity/units", HttpMethod.POST, request, String.class).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> again = http.exchange("/api/identity/units", HttpMethod.POST, request, String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(again.getBody()).get("title").asText()).isEqualTo("该单位已登记网上业务");
    }

    @Test
    void aWrongCheckCharacterIsRefusedWithTheFieldsMessage() throws Exception {
        String token = login("demo-clerk", "Demo@2026");
        ResponseEntity<String> refused = http.exchange("/api/identity/units", HttpMethod.POST,
                new HttpEntity<>(Map.of("unifiedSocialCreditCode", "91420100MA4K000010", "unitName", "错码单位"),
                        headers(token, null)), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("code").asText()).isEqualTo("INVALID_CREDIT_CODE");
    }

    @Test
    void anOperatorCannotEnrolUnitsOnlyAClerkCan() throws Exception {
        UnlockedKey key = SoftUsbKey.open(Path.of("target/demo-keys/demo-maker.p12")).unlock("123456".toCharArray());
        String token = new LoginClient(URI.create("http://localhost:" + port))
                .login("demo-maker", "Demo@2026".toCharArray(), key, LoginClient.SignatureFormat.DER).token();
        ResponseEntity<String> refused = http.exchange("/api/identity/units", HttpMethod.POST,
                new HttpEntity<>(Map.of("unifiedSocialCreditCode", "91420100MA4K000019", "unitName", "越权单位"),
                        headers(token, null)), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aRequestWithoutATokenOrWithAForgedOneIsRefused() throws Exception {
        ResponseEntity<String> none = http.postForEntity("/api/identity/units", Map.of(), String.class);
        assertThat(none.getStatusCode().value()).isEqualTo(401);
        assertThat(json.readTree(none.getBody()).get("code").asText()).isEqualTo("UNAUTHENTICATED");

        String token = login("demo-clerk", "Demo@2026");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        ResponseEntity<String> tampered = http.exchange("/api/identity/units", HttpMethod.POST,
                new HttpEntity<>(Map.of(), headers(forged, null)), String.class);
        assertThat(tampered.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theTokenKeysArePublishedWithoutAToken() throws Exception {
        ResponseEntity<String> jwks = http.getForEntity("/api/identity/jwks", String.class);
        assertThat(jwks.getStatusCode().value()).isEqualTo(200);
        JsonNode key = json.readTree(jwks.getBody()).get("keys").get(0);
        assertThat(key.get("kty").asText()).isEqualTo("EC");
        assertThat(key.has("d")).as("no private part").isFalse();
    }

    private String login(String loginName, String password) {
        ResponseEntity<Map> session = http.postForEntity("/api/identity/sessions",
                Map.of("loginName", loginName, "password", password), Map.class);
        assertThat(session.getStatusCode().value()).isEqualTo(201);
        return (String) session.getBody().get("token");
    }

    private static HttpHeaders headers(String token, String traceId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        if (traceId != null) {
            headers.set("X-Trace-Id", traceId);
        }
        return headers;
    }

    private static List<ConsumerRecord<String, String>> readUntil(Infrastructure infrastructure, String key) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key())) {
                        matching.add(r);
                    }
                });
                return !matching.isEmpty();
            });
        }
        return matching;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
