package com.gjjhall.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.gjjhall.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class GatewayErrorsIT extends GatewayTestBase {

    @Test
    void aServiceThatIsDownIsReportedAsTemporarilyUnavailable() {
        client.get().uri("/api/audit/entries")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken("op-1", "unit-1", "OPS"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://gjj-hall/errors/SERVICE_UNAVAILABLE")
                .jsonPath("$.code").isEqualTo("SERVICE_UNAVAILABLE")
                .jsonPath("$.title").isEqualTo("服务暂不可用")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.traceId").isNotEmpty();
    }

    /** To a caller with a token; one without is told to log in first, as anywhere under /api/. */
    @Test
    void aPathNoServiceOwnsIsNotFound() {
        client.get().uri("/api/lottery/tickets").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/lottery/tickets")
                .header("Authorization", "Bearer " + validToken("op-1", "unit-1", "OPERATOR")).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("NOT_FOUND")
                .jsonPath("$.title").isEqualTo("请求的资源不存在");
    }

    @Test
    void healthIsOpenToTheOperationsTools() {
        // Up once the recent logouts are read from Kafka (out of service before: see RevocationsHealthIndicator).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP"));
    }

    @Test
    void routedCallsAndTheGatewaysOwnCallsAreBothMeasured() {
        client.get().uri("/api/account/units")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken("op-1", "unit-1"))
                .exchange().expectStatus().isOk();
        client.get().uri("/openapi/all").exchange().expectStatus().isOk();

        String scrape = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(scrape)
                .contains("spring_cloud_gateway_http_client_requests_seconds_count{")
                .containsPattern("http_client_requests_seconds_count\\{client_name=\"127.0.0.1\"");
    }
}
