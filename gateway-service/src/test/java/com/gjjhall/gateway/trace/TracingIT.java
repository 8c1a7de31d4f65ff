package com.gjjhall.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.gjjhall.gateway.support.EchoBackend.Received;
import com.gjjhall.gateway.support.GatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

@ExtendWith(OutputCaptureExtension.class)
class TracingIT extends GatewayTestBase {

    private static final String A_CLIENT_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void aRequestWithoutATraceIdGetsOneThatTheServiceSeesToo() {
        EntityExchangeResult<Received> result = callAService(null);

        String returned = result.getResponseHeaders().getFirst(TraceIds.HEADER);
        assertThat(returned).matches("[0-9a-f]{32}");
        assertThat(result.getResponseBody().headers().get("x-trace-id")).containsExactly(returned);
    }

    @Test
    void aClientTraceIdIsKeptAllTheWay() {
        EntityExchangeResult<Received> result = callAService(A_CLIENT_TRACE_ID);

        assertThat(result.getResponseHeaders().get(TraceIds.HEADER)).containsExactly(A_CLIENT_TRACE_ID);
        assertThat(result.getResponseBody().headers().get("x-trace-id")).containsExactly(A_CLIENT_TRACE_ID);
    }

    @Test
    void aMalformedTraceIdIsReplacedByAWellFormedOne() {
        String uppercase = A_CLIENT_TRACE_ID.toUpperCase();

        EntityExchangeResult<Received> result = callAService(uppercase);

        String returned = result.getResponseHeaders().getFirst(TraceIds.HEADER);
        assertThat(returned).matches("[0-9a-f]{32}").isNotEqualTo(A_CLIENT_TRACE_ID);
        assertThat(result.getResponseBody().headers().get("x-trace-id")).containsExactly(returned);
    }

    @Test
    void aRefusedRequestIsTracedToo() {
        client.get().uri("/api/account/units").header(TraceIds.HEADER, A_CLIENT_TRACE_ID).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(TraceIds.HEADER, A_CLIENT_TRACE_ID)
                .expectBody().jsonPath("$.traceId").isEqualTo(A_CLIENT_TRACE_ID);
    }

    @Test
    void theGatewayLogsEachRequestOnceWithItsTraceId(CapturedOutput output) {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String path = "/api/account/units/" + UUID.randomUUID();

        client.get().uri(path).header(TraceIds.HEADER, traceId).exchange().expectStatus().isUnauthorized();

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(path));
        assertThat(output.getOut().lines().filter(line -> line.contains(path)))
                .singleElement().asString()
                .contains("[trace=" + traceId + "]", "GET " + path + " 401");
    }

    private EntityExchangeResult<Received> callAService(String traceId) {
        return client.get().uri("/api/collection/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken("op-1", "unit-1"))
                .headers(headers -> {
                    if (traceId != null) {
                        headers.set(TraceIds.HEADER, traceId);
                    }
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(Received.class).returnResult();
    }
}
