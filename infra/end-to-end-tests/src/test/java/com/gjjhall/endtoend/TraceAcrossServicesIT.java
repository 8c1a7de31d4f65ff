package com.gjjhall.endtoend;

import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * gateway's log, on identity-service's published event and in audit-service's log line and audit entry.
 */
@WithRealInfrastructure(database = "e2e_probe")
class TraceAcrossServicesIT {

    private static final String AUDIT_DB = "audit_trace";

    private static ServiceProcess identity;
    private static ServiceProcess audit;
    private static ServiceProcess gateway;
    private static String gatewayUrl;

    @BeforeAll
    static void startIdentityAuditAndGateway(Infrastructure infrastructure) {
        identity = ServiceJars.service("identity-service").database("identity_trace")
                .env("GJJ_DEMO_SEED", "true").start(infrastructure);
        // audit-service writes one DEBUG line per logged event, under the event's trace id.
        audit = ServiceJars.service("audit-service").database(AUDIT_DB)
                .env("LOGGING_LEVEL_COM_GJJHALL_AUDIT", "DEBUG").start(infrastructure);
        String identityUrl = "http://localhost:" + identity.port();
        gateway = ServiceJars.service("gateway-service").env(Map.of(
                "GJJ_GATEWAY_ROUTES_IDENTITY", identityUrl,
                "GJJ_GATEWAY_ROUTES_AUDIT", "http://localhost:" + audit.port(),
                "GJJ_TOKENS_JWKS_URI", identityUrl + "/api/identity/jwks")).start(infrastructure);
        ServiceProcess.awaitHealthy(List.of(identity, audit, gateway), Duration.ofSeconds(180), p -> { });
        gatewayUrl = "http://localhost:" + gateway.port();
    }

    @AfterAll
    static void stop() {
        ServiceProcess.stopAll(List.of(gateway, audit, identity), ServiceProcess.STOP_GRACE, line -> { });
    }

    @Test
    void aClientsTraceIdIsFollowedFromTheGatewayThroughKafkaToTheAuditLog(Infrastructure infrastructure) throws Exception {
        String clerk = Logins.staffToken(gatewayUrl, "demo-clerk");
        String traceId = "0123456789abcdef0123456789abcdef";

        Http.Answer enrolled = Http.send("POST", gatewayUrl + "/api/identity/units", clerk,
                Map.of("unifiedSocialCreditCode", "91420100MA4K00002Y", "unitName", "追踪测试单位"),
                Map.of("X-Trace-Id", traceId));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        assertThat(enrolled.headers().firstValue("X-Trace-Id")).contains(traceId);
        String unitId = enrolled.body().path("unitId").asText();

        String logged = await().atMost(Duration.ofSeconds(60)).until(() -> auditTraceId(infrastructure, unitId), id -> id != null);
        assertThat(logged).as("the audit entry of the unit's enrolment").isEqualTo(traceId);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Files.readString(audit.logFile()).contains("[trace=" + traceId + "]"));
        assertThat(Files.readString(gateway.logFile())).contains(traceId);
    }

    @Test
    void identitysOpenApiDocumentIsServedThroughTheGatewayWithoutAToken() {
        Http.Answer document = Http.send("GET", gatewayUrl + "/api/identity/openapi", null, null);
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        assertThat(document.body().path("paths").has("/api/identity/units")).isTrue();
    }

    private static String auditTraceId(Infrastructure infrastructure, String subject) throws Exception {
        try (var c = DriverManager.getConnection(infrastructure.jdbcUrl(AUDIT_DB), infrastructure.username(),
                infrastructure.password());
             var statement = c.prepareStatement("select trace_id from audit_log where subject = ?")) {
            statement.setString(1, subject);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
