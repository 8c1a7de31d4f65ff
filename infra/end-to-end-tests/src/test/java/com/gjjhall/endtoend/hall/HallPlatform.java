package com.gjjhall.endtoend.hall;

import com.gjjhall.endtoend.Logins;
import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole hall as the browser meets it: all six services and the bank simulator as real jars on the test's
 * PostgreSQL and Kafka, the demo world seeded (示范单位, its operators' soft USB keys, employees, payer
 * accounts), and the gateway serving the web app at {@code /} and the API at {@code /api}.
 */
final class HallPlatform implements AutoCloseable {

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final Infrastructure infrastructure;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final ServiceProcess gateway;
    private final ServiceProcess account;
    private final ServiceProcess bank;

    private HallPlatform(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        ServiceProcess identity = ServiceJars.service("identity-service").database(database("identity"))
                .env("GJJ_DEMO_SEED", "true").env("GJJ_SECRETS_MASTER_KEY", "hall-" + suffix).start(infrastructure);
        processes.add(identity);
        String jwks = url(identity) + "/api/identity/jwks";
        account = behindGateway("account-service", "account", jwks, true).start(infrastructure);
        ServiceProcess remittance = behindGateway("remittance-service", "remittance", jwks, false).start(infrastructure);
        ServiceProcess collection = behindGateway("collection-service", "collection", jwks, true).start(infrastructure);
        ServiceProcess audit = behindGateway("audit-service", "audit", jwks, false).start(infrastructure);
        bank = behindGateway("infra/bank-simulator", "bank", jwks, true).start(infrastructure);
        processes.addAll(List.of(account, remittance, collection, audit, bank));
        gateway = ServiceJars.service("gateway-service").env(Map.of(
                "GJJ_TOKENS_JWKS_URI", jwks,
                "GJJ_GATEWAY_ROUTES_IDENTITY", url(identity),
                "GJJ_GATEWAY_ROUTES_ACCOUNT", url(account),
                "GJJ_GATEWAY_ROUTES_REMITTANCE", url(remittance),
                "GJJ_GATEWAY_ROUTES_COLLECTION", url(collection),
                "GJJ_GATEWAY_ROUTES_AUDIT", url(audit))).start(infrastructure);
        processes.add(gateway);
    }

    static HallPlatform start(Infrastructure infrastructure) {
        HallPlatform platform = new HallPlatform(infrastructure);
        try {
            ServiceProcess.awaitHealthy(platform.processes, Duration.ofSeconds(420), p -> { });
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    String gatewayUrl() {
        return url(gateway);
    }

    String bankUrl() {
        return url(bank);
    }

    /** account-service itself, which checks an operator's token as the gateway does (for a benchmark's set-up). */
    String accountUrl() {
        return url(account);
    }

    /** Every service and the bank simulator, gateway included. */
    List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    /** Where identity-service wrote the demo operators' key files: {@code demo-maker.p12} (SM2), {@code demo-checker.p12} (P-256). */
    Path demoKeys() {
        return ServiceJars.demoKeyDirectory(database("identity"));
    }

    /** Fund-centre staff log in with a password (the bank simulator's admin API takes their token). */
    String staffToken(String loginName) {
        return Logins.staffToken(gatewayUrl(), loginName);
    }

    /**
     * Runs {@code statements} as the database's owner in the database of {@code service} ({@code "audit"},
     * {@code "account"}, ...): what a fault, or someone with the database's password, does behind the platform.
     */
    void sql(String service, String... statements) {
        try (Connection connection = DriverManager.getConnection(infrastructure.jdbcUrl(database(service)),
                infrastructure.username(), infrastructure.password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ServiceJars.Service behindGateway(String module, String database, String jwks, boolean demo) {
        ServiceJars.Service service = ServiceJars.service(module).database(database(database)).env("GJJ_TOKENS_JWKS_URI", jwks);
        return demo ? service.env("GJJ_DEMO_SEED", "true") : service;
    }

    private String database(String name) {
        return name + "_" + suffix;
    }

    private static String url(ServiceProcess process) {
        return "http://localhost:" + process.port();
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(processes, ServiceProcess.STOP_GRACE, line -> { });
    }
}
