package com.gjjhall.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.jwk.ECKey;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of real HTTP servers: a key server publishing identity-service's
 * signing key, one echoing backend for identity, account, remittance and collection, and nothing at all
 * where audit-service should be; the test kit's real Kafka, where logouts arrive. All gateway tests share
 * this one application context.
 */
@WithRealInfrastructure(database = "gateway")
// Spring Boot switches metric export off in tests; the Prometheus endpoint is part of what is tested.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.prometheus.metrics.export.enabled=true")
public abstract class GatewayTestBase {

    protected static final ECKey SIGNING_KEY = TestTokens.newSigningKey("identity-key-1");
    protected static final JwksServer KEYS = new JwksServer(SIGNING_KEY);
    protected static final EchoBackend SERVICES = new EchoBackend();
    protected static final String DOWN_SERVICE = "http://127.0.0.1:" + unusedPort();
    protected static final Duration HEALTH_TIMEOUT = Duration.ofMillis(1500);

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void pointTheGatewayAtTheTestServers(DynamicPropertyRegistry registry) {
        registry.add("gjj.tokens.jwks-uri", KEYS::uri);
        registry.add("gjj.tokens.keys-refresh-min-interval", () -> "0s");
        for (String domain : new String[] {"identity", "account", "remittance", "collection"}) {
            registry.add("gjj.gateway.routes." + domain, SERVICES::uri);
        }
        registry.add("gjj.gateway.routes.audit", () -> DOWN_SERVICE);
        registry.add("gjj.gateway.health-timeout", () -> HEALTH_TIMEOUT.toMillis() + "ms");
    }

    /** A token identity-service would issue right now. */
    protected static String validToken(String operatorId, String unitId, String... roles) {
        return TestTokens.sign(SIGNING_KEY, TestTokens.claims(operatorId, unitId, Instant.now(), roles).build());
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
