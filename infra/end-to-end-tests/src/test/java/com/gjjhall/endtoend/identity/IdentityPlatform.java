package com.gjjhall.endtoend.identity;

import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * identity-service and the gateway as the real jars, wired to the test's PostgreSQL and Kafka: the gateway
 * routes {@code /api/identity/**} to identity-service and checks tokens with its JWK set. identity-service
 * seeds the demo world, with its soft USB keys written under {@code target/}.
 */
final class IdentityPlatform implements AutoCloseable {

    final ServiceProcess identity;
    final ServiceProcess gateway;
    final Path demoKeys;
    final String masterKey = "e2e-master-key-" + UUID.randomUUID();
    final String database;

    private IdentityPlatform(Infrastructure infrastructure, String database) {
        this.database = database;
        this.demoKeys = ServiceJars.demoKeyDirectory(database);
        identity = ServiceJars.service("identity-service").database(database)
                .env("GJJ_DEMO_SEED", "true")
                .env("GJJ_SECRETS_MASTER_KEY", masterKey)
                .start(infrastructure);
        gateway = ServiceJars.service("gateway-service")
                .env("GJJ_GATEWAY_ROUTES_IDENTITY", identityUrl())
                .env("GJJ_TOKENS_JWKS_URI", identityUrl() + "/api/identity/jwks")
                .start(infrastructure);
    }

    static IdentityPlatform start(Infrastructure infrastructure) {
        IdentityPlatform platform = new IdentityPlatform(infrastructure, "identity_e2e_" + Long.toString(System.nanoTime(), 36));
        try {
            ServiceProcess.awaitHealthy(List.of(platform.identity, platform.gateway), Duration.ofSeconds(180), p -> { });
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    String gatewayUrl() {
        return "http://localhost:" + gateway.port();
    }

    String identityUrl() {
        return "http://localhost:" + identity.port();
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(List.of(gateway, identity), ServiceProcess.STOP_GRACE, line -> { });
    }
}
