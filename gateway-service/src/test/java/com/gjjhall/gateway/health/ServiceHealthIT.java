package com.gjjhall.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Ops' 服务状态 page reads every service's health through the gateway: the services answering their actuator, the
 * one that is down shown DOWN, one that hangs shown DOWN once the short timeout is up, the answer never held up.
 */
class ServiceHealthIT extends GatewayTestBase {

    private static final List<String> SERVICES_IN_ORDER = List.of("gateway-service", "identity-service",
            "account-service", "remittance-service", "collection-service", "audit-service");

    private final String ops = validToken("op-ops", "centre", "OPS");

    @Test
    void everyServiceTheGatewayRoutesToAndTheGatewayItselfWithTheirStatus() {
        Instant before = Instant.now();
        JsonNode answer = health(ops);

        assertThat(names(answer)).containsExactlyElementsOf(SERVICES_IN_ORDER);
        for (JsonNode service : answer) {
            assertThat(Instant.parse(service.get("checkedAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));
            assertThat(service.get("latencyMs").asLong()).isNotNegative();
        }
        for (int i = 1; i <= 4; i++) {
            assertThat(answer.get(i).get("status").asText()).as("%s", answer.get(i)).isEqualTo("UP");
            assertThat(answer.get(i).at("/details/groups").isArray()).isTrue();
        }
        JsonNode audit = answer.get(5);
        assertThat(audit.get("status").asText()).isEqualTo("DOWN");
        assertThat(audit.at("/details/error").asText()).isEqualTo("无法连接");
        JsonNode gateway = answer.get(0);
        String gatewaySays = client.get().uri("/actuator/health").exchange().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("status").asText();
        assertThat(gateway.get("status").asText()).isEqualTo(gatewaySays);
        assertThat(gateway.at("/details/components/revocations").asText()).isNotEmpty();
    }

    @Test
    void aServiceThatHangsIsDownOnceTheTimeoutIsUpAndHoldsNothingUp() throws Exception {
        JsonNode answer;
        long tookMs;
        try (AutoCloseable held = SERVICES.holdHealth()) {
            long started = System.nanoTime();
            answer = health(ops);
            tookMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
        }

        assertThat(tookMs).as("bounded by the timeout, not by the hang").isLessThan(HEALTH_TIMEOUT.toMillis() + 3_000);
        assertThat(names(answer)).containsExactlyElementsOf(SERVICES_IN_ORDER);
        for (int i = 1; i <= 4; i++) {
            JsonNode service = answer.get(i);
            assertThat(service.get("status").asText()).as("%s", service).isEqualTo("DOWN");
            assertThat(service.at("/details/error").asText()).startsWith("响应超时");
            assertThat(service.get("latencyMs").asLong()).isGreaterThanOrEqualTo(HEALTH_TIMEOUT.toMillis());
        }
        assertThat(answer.get(0).get("status").asText()).isNotEqualTo("DOWN");
    }

    @Test
    void onlyOpsSeeTheHealthOfTheServices() {
        client.get().uri("/api/ops/health").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.title").isEqualTo("未登录或登录已失效");
        for (String role : new String[] {"CLERK", "OPERATOR"}) {
            client.get().uri("/api/ops/health")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken("op-" + role, "centre", role))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.title").isEqualTo("无权办理此业务");
        }
    }

    private JsonNode health(String token) {
        return client.get().uri("/api/ops/health").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> names(JsonNode answer) {
        List<String> names = new ArrayList<>();
        answer.forEach(service -> names.add(service.get("service").asText()));
        return names;
    }
}
