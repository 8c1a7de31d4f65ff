package com.gjjhall.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One request followed across the platform: the trace id the client sends to the gateway is in the
 * gateway's log, in identity-service's stored event, on the Kafka record and in audit-service's log
 * line and audit entry.
 */
@WithRealInfrastructure(database = "e2e_probe")
class TraceAcrossServicesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aClientsTraceIdIsFollowedFromTheGatewayThroughKafkaToTheAuditLog(Infrastructure infrastructure) throws Exception {
        try (ServiceProcess identity = ServiceJars.start("identity-service", "identity_trace", infrastructure,
                Map.of("GJJ_DEMO_SEED", "true"), null);
             ServiceProcess audit = ServiceJars.start("audit-service", "audit_trace", infrastructure,
                     Map.of("LOGGING_LEVEL_COM_GJJHALL_MESSAGING", "DEBUG"), null)) {
            String jwks = "http://localhost:" + identity.port() + "/api/identity/jwks";
            try (ServiceProcess gateway = ServiceJars.start("gateway-service", null, infrastructure, Map.of(
                    "GJJ_GATEWAY_ROUTES_IDENTITY", "http://localhost:" + identity.port(),
                    "GJJ_GATEWAY_ROUTES_AUDIT", "http://localhost:" + audit.port(),
                    "GJJ_TOKENS_JWKS_URI", jwks), null)) {
                ServiceProcess.awaitHealthy(List.of(identity, audit, gateway), Duration.ofSeconds(180), p -> { });
                String gatewayUrl = "http://localhost:" + gateway.port();
                String token = DemoLogin.token(gatewayUrl, "demo-clerk");

                String traceId = "0123456789abcdef0123456789abcdef";
                HttpResponse<String> enrolled = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/identity/units"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .header("X-Trace-Id", traceId)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"unifiedSocialCreditCode\":\"91420100MA4K00002Y\",\"unitName\":\"追踪测试单位\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
                assertThat(enrolled.headers().firstValue("X-Trace-Id")).contains(traceId);
                String unitId = json.readTree(enrolled.body()).get("unitId").asText();

                await().atMost(Duration.ofSeconds(60)).until(() -> auditTraceId(infrastructure, unitId) != null);
                assertThat(auditTraceId(infrastructure, unitId)).isEqualTo(traceId);
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        Files.readString(audit.logFile()).contains("[trace=" + traceId + "]"));
                assertThat(Files.readString(gateway.logFile())).contains(traceId);

                HttpResponse<String> document = HTTP.send(HttpRequest.newBuilder(
                        URI.create(gatewayUrl + "/api/identity/openapi")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(document.statusCode()).as("identity's OpenAPI document through the gateway, no token").isEqualTo(200);
                assertThat(json.readTree(document.body()).path("paths").has("/api/identity/units")).isTrue();
            }
        }
    }

    private static String auditTraceId(Infrastructure infrastructure, String subject) throws Exception {
        try (var c = DriverManager.getConnection(infrastructure.jdbcUrl("audit_trace"), infrastructure.username(),
                infrastructure.password());
             var statement = c.prepareStatement("select trace_id from audit_log where subject = ?")) {
            statement.setString(1, subject);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Demo logins through the gateway, in one place for every end-to-end test. */
    static final class DemoLogin {

        static final String PASSWORD = "Demo@2026";

        static String token(String gatewayUrl, String loginName) throws Exception {
            HttpResponse<String> session = HTTP.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/identity/sessions"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"loginName\":\"" + loginName + "\",\"password\":\"" + PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(session.statusCode()).as(session.body()).isEqualTo(201);
            JsonNode body = new ObjectMapper().readTree(session.body());
            return body.get("token").asText();
        }

        private DemoLogin() {
        }
    }
}
