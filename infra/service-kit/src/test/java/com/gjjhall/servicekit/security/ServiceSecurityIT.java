package com.gjjhall.servicekit.security;

import com.gjjhall.servicekit.ServiceKitAutoConfiguration;
import com.gjjhall.testkit.PathSpellings;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service checks the token and the role itself, on the path as it is parsed, over a real Tomcat: no token,
 * a bad one or the wrong role never reaches a controller, whatever the spelling of the path.
 */
@SpringBootTest(classes = ServiceSecurityIT.ProbeService.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceSecurityIT {

    @SpringBootConfiguration
    @ImportAutoConfiguration({ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
            HttpMessageConvertersAutoConfiguration.class, SecurityAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, ServiceKitAutoConfiguration.class})
    @Import({Probe.class, OpsProbe.class})
    static class ProbeService {
    }

    @RestController
    static class Probe {
        @GetMapping("/api/probe/accounts")
        String accounts(CurrentOperator operator) {
            return operator.unitId() + "/" + operator.operatorId();
        }

        @GetMapping("/api/probe/jwks")
        String open(@RequestHeader(value = "Authorization", required = false) String ignored) {
            return "public";
        }

        /** A staff endpoint off the ops paths: only its own role check guards it. */
        @PreAuthorize("hasRole('CLERK')")
        @PostMapping("/api/probe/units")
        String enrol(CurrentOperator clerk) {
            return "enrolled by " + clerk.operatorId();
        }
    }

    /** An ops endpoint that forgot its own check: the path rule alone must refuse every spelling. */
    @RestController
    static class OpsProbe {
        @GetMapping("/api/probe/ops/dead-letters")
        String deadLetters(CurrentOperator operator) {
            return "ops:" + operator.operatorId();
        }

        @PreAuthorize("hasRole('OPS')")
        @PostMapping("/api/probe/ops/views/transactions/rebuilds")
        String rebuild() {
            return "rebuilding";
        }

        /** A streamed answer is written on an ASYNC dispatch, after the request was let through. */
        @PreAuthorize("hasRole('OPS')")
        @GetMapping("/api/probe/ops/log/export")
        StreamingResponseBody export() {
            return out -> out.write("{\"position\":1}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("gjj.tokens.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("gjj.tokens.public-paths", () -> "/api/probe/jwks");
    }

    @LocalServerPort
    int port;

    private final TestTokens tokens = TestTokens.get();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void everySpellingOfAnOpsPathNeedsATokenAndTheOpsRole() {
        String clerk = tokens.issue("C1", "CENTRE", "CLERK");
        String ops = tokens.issue("O1", "CENTRE", "OPS");
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/ops/dead-letters", null, 401);
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/ops/dead-letters", clerk, 403);
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/ops/dead-letters", ops, 200);
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/ops/views/transactions/rebuilds", null, 401);
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/ops/views/transactions/rebuilds", clerk, 403);
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/ops/views/transactions/rebuilds", ops, 200);
    }

    @Test
    void aStreamedExportReachesOpsWhole() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api/probe/ops/log/export"))
                        .header("Authorization", "Bearer " + tokens.issue("O1", "CENTRE", "OPS")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"position\":1}\n");
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/ops/log/export", tokens.issue("C1", "CENTRE", "CLERK"), 403);
    }

    @Test
    void aStaffEndpointChecksItsRoleItselfWhateverThePath() {
        String operator = tokens.issue("OP1", "U1", "OPERATOR");
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/units", null, 401);
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/units", operator, 403);
        PathSpellings.assertEveryAnswer(base(), "POST /api/probe/units", tokens.issue("C1", "CENTRE", "CLERK"), 200);
    }

    @Test
    void everySpellingOfABusinessPathNeedsAValidToken() {
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/accounts", null, 401);
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/accounts", tokens.expired("OP1", "U1", "OPERATOR"), 401);
        PathSpellings.assertEveryAnswer(base(), "GET /api/probe/accounts", tokens.issue("OP1", "U1", "OPERATOR"), 200);
    }

    @Test
    void aRefusalIsTheLoginMessageAsProblemJson() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base() + "/api;x/probe/ops/dead-letters")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").contains("未登录或登录已失效");
    }

    @Test
    void aTamperedTokenIsRefusedAndPublicPathsIgnoreIt() {
        String valid = tokens.issue("OP1", "U1", "OPERATOR");
        String[] parts = valid.split("\\.");
        String otherClaims = tokens.issue("OP1", "U2", "OPERATOR").split("\\.")[1];
        String tampered = parts[0] + "." + otherClaims + "." + parts[2];
        assertThat(PathSpellings.status(base(), "GET", "/api/probe/accounts", tampered)).isEqualTo(401);
        assertThat(PathSpellings.status(base(), "GET", "/api/probe/jwks", tampered)).isEqualTo(200);
        assertThat(PathSpellings.status(base(), "GET", "/api/probe/jwks", null)).isEqualTo(200);
    }
}
