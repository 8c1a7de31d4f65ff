package com.gjjhall.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.identity.SessionRevoked;
import com.gjjhall.gateway.support.GatewayTestBase;
import com.gjjhall.gateway.support.TestTokens;
import com.gjjhall.testkit.Infrastructure;
import com.nimbusds.jwt.JWTClaimsSet;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Logout revokes a token at once, not only at identity-service: the gateway learns of it from
 * identity.SessionRevoked and turns the token away before it reaches any service.
 */
class LogoutRevocationIT extends GatewayTestBase {

    @Test
    void aTokenIsTurnedAwayOnceItsSessionIsRevokedByALogout(Infrastructure infrastructure) {
        JWTClaimsSet claims = TestTokens.claims("op-logout", "unit-1", Instant.now(), "OPERATOR").build();
        String token = TestTokens.sign(SIGNING_KEY, claims);
        client.get().uri("/api/account/units/u").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        publishLogout(infrastructure, claims);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                client.get().uri("/api/account/units/u").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                        .exchange().expectStatus().isUnauthorized()
                        .expectBody().jsonPath("$.title").isEqualTo("未登录或登录已失效"));
    }

    @Test
    void aGatewayStartedAfterTheLogoutStillKnowsIt(Infrastructure infrastructure) {
        JWTClaimsSet claims = TestTokens.claims("op-earlier", "unit-1", Instant.now(), "OPERATOR").build();
        publishLogout(infrastructure, claims);

        RevokedTokens revoked = new RevokedTokens(Clock.systemUTC());
        RevocationListener newInstance = new RevocationListener(revoked,
                new RevocationProperties(infrastructure.kafkaBootstrapServers(), Duration.ofHours(1)), Clock.systemUTC());
        newInstance.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(revoked::isCaughtUp);
            assertThat(revoked.isRevoked(claims.getJWTID())).isTrue();
            assertThat(new RevocationsHealthIndicator(revoked).health().getStatus().getCode()).isEqualTo("UP");
        } finally {
            newInstance.stop();
        }
    }

    @Test
    void theGatewayIsOutOfServiceUntilItHasReadTheRecentLogouts() {
        RevokedTokens revoked = new RevokedTokens(Clock.systemUTC());

        assertThat(new RevocationsHealthIndicator(revoked).health().getStatus().getCode()).isEqualTo("OUT_OF_SERVICE");
    }

    private static void publishLogout(Infrastructure infrastructure, JWTClaimsSet claims) {
        SessionRevoked event = new SessionRevoked(claims.getJWTID(), claims.getSubject(), "unit-1",
                claims.getExpirationTime().toInstant(), Instant.now());
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.IDENTITY, event.subject(), EventJson.write(event));
            record.headers().add(EventEnvelope.Headers.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventEnvelope.Headers.TYPE,
                    EventType.of(SessionRevoked.class).toString().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish the logout", e);
        }
    }
}
