package com.gjjhall.audit.security;

import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log, its views and rebuilds are the fund centre's ops' alone: every spelling of every ops path gets
 * what the plain path gets, 401 without a token and 403 for a unit's operator or a clerk (the side door of
 * {@code /api;x/audit/ops/log} that once answered 200 with the whole log).
 */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpsPathsIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {
            "GET /api/audit/ops/log",
            "GET /api/audit/ops/log/export",
            "POST /api/audit/ops/log/verify",
            "POST /api/audit/ops/log/rebuild-from-kafka",
            "GET /api/audit/ops/log/rebuild-from-kafka",
            "GET /api/audit/ops/log/rebuild-from-kafka/R-1",
            "GET /api/audit/ops/views",
            "POST /api/audit/ops/views/transactions/rebuilds",
            "GET /api/audit/ops/views/transactions/rebuilds",
            "DELETE /api/audit/ops/views/transactions/rebuilds/R-1",
            "GET /api/audit/ops/volume",
            "GET /api/audit/ops/transactions/T-1",
            "GET /api/audit/ops/dead-letters",
            "POST /api/audit/ops/dead-letters/redrive",
            "POST /api/audit/ops/dead-letters/0@1/redrive",
    })
    void onlyOpsReachAnOpsEndpointWhateverItsSpelling(String endpoint) {
        String base = "http://localhost:" + port;
        TestTokens tokens = TestTokens.get();
        PathSpellings.assertEveryAnswer(base, endpoint, null, 401);
        PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-A", "U-A", "OPERATOR"), 403);
        PathSpellings.assertEveryAnswer(base, endpoint, tokens.issue("OP-CLERK", "CENTRE", "CLERK"), 403);
    }

    @Test
    void aDeadLetterThatNoLongerWaitsIsNotFoundInChinese() {
        String ops = TestTokens.get().issue("OP-OPS", "CENTRE", "OPS");
        HttpResponse<String> answer = post("/api/audit/ops/dead-letters/0@987654321/redrive", ops);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"code\":\"NOT_FOUND\"").contains("没有待处理的死信（位置 0@987654321）");
    }

    private HttpResponse<String> post(String path, String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/audit/transactions/T-1", "GET /api/audit/transactions"})
    void aUnitsProcessingStatusNeedsAToken(String endpoint) {
        PathSpellings.assertEveryAnswer("http://localhost:" + port, endpoint, null, 401);
    }
}
