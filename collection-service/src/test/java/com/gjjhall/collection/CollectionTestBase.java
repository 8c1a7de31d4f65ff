package com.gjjhall.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.testkit.MutableClock;
import com.gjjhall.collection.support.ScriptedBank;
import com.gjjhall.collection.support.TestWire;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.TestTokens;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * collection-service on a real PostgreSQL and Kafka, with the rest of the platform played on Kafka by the
 * test: identity's enrolments, remittance's debit requests, and a bank whose answers each test scripts.
 * Every IT class extends it, so they share one Spring context.
 */
@WithRealInfrastructure(database = "collection")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gjj.collection.bank-answer-timeout=5s",
        "gjj.collection.bank-watch-interval=100ms",
        "gjj.collection.verification-wait=3s"})
@Import(CollectionTestBase.TestClock.class)
abstract class CollectionTestBase {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final AtomicLong NUMBERS = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    static TestWire wire;
    static ScriptedBank bank;

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MutableClock clock;

    final ObjectMapper json = new ObjectMapper();
    final String clerk = TestTokens.get().issue("OP-CLERK", "U-CENTRE", "CLERK");

    @BeforeAll
    static synchronized void connect(Infrastructure infrastructure) {
        if (wire == null) {
            wire = new TestWire(infrastructure);
            bank = new ScriptedBank(wire);
        }
    }

    /** A unit identity-service enrolled, with its name. */
    String enrolledUnit(String name) {
        String unitId = "U-IT-" + NUMBERS.incrementAndGet();
        wire.publish(new UnitEnrolled(unitId, "91420100MA4K00001X", name, Instant.now()));
        await().atMost(WAIT).until(() -> get("/api/collection/agreements/" + unitId, clerk).path("unitName").asText().equals(name));
        return unitId;
    }

    static String accountNumber() {
        return "62" + NUMBERS.incrementAndGet();
    }

    static String auditNumber() {
        return String.format("2026%010d", NUMBERS.incrementAndGet() % 10_000_000_000L);
    }

    static String operator(String unitId) {
        return TestTokens.get().issue("OP-" + unitId, unitId, "OPERATOR");
    }

    static Map<String, String> account(String bankCode, String number, String name) {
        return Map.of("bankCode", bankCode, "accountNumber", number, "accountName", name);
    }

    /** Registers the unit's entrusted collection at the counter, the bank accepting every account. */
    void registeredAtCounter(String unitId, Map<?, ?>... accounts) {
        ResponseEntity<String> registered = post("/api/collection/agreements/" + unitId + "/registrations", clerk,
                Map.of("accounts", List.of(accounts)));
        assertThat(registered.getStatusCode().value()).as(registered.getBody()).isEqualTo(201);
    }

    ResponseEntity<String> post(String path, String token, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token)), String.class);
    }

    JsonNode get(String path, String token) {
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return read(response.getBody());
    }

    JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(body, e);
        }
    }

    static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return headers;
    }
}
