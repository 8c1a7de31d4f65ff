package com.gjjhall.endtoend.remittance;

import com.gjjhall.endtoend.Logins;
import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole hall as real jars on the test's PostgreSQL and Kafka: identity (demo world and soft USB keys),
 * account (the demo unit's employees), remittance, collection and the bank simulator (demo payer accounts),
 * behind the gateway. remittance-service can be restarted with its clock running ahead (month end).
 */
final class RemittancePlatform implements AutoCloseable {

    private final Infrastructure infrastructure;
    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final String jwks;
    private final List<ServiceProcess> others = new ArrayList<>();
    private final ServiceProcess gateway;
    private final ServiceProcess bank;
    private ServiceProcess remittance;

    private RemittancePlatform(Infrastructure infrastructure) {
        this.infrastructure = infrastructure;
        ServiceProcess identity = ServiceJars.service("identity-service").database(database("identity"))
                .env("GJJ_DEMO_SEED", "true").env("GJJ_SECRETS_MASTER_KEY", "e2e-" + suffix).start(infrastructure);
        jwks = url(identity) + "/api/identity/jwks";
        ServiceProcess account = behindGateway("account-service", "account", Map.of("GJJ_DEMO_SEED", "true")).start(infrastructure);
        remittance = behindGateway("remittance-service", "remittance", Map.of()).start(infrastructure);
        ServiceProcess collection = behindGateway("collection-service", "collection", Map.of("GJJ_DEMO_SEED", "true"))
                .start(infrastructure);
        bank = behindGateway("infra/bank-simulator", "bank", Map.of("GJJ_DEMO_SEED", "true")).start(infrastructure);
        gateway = ServiceJars.service("gateway-service").env(Map.of(
                "GJJ_TOKENS_JWKS_URI", jwks,
                "GJJ_GATEWAY_ROUTES_IDENTITY", url(identity),
                "GJJ_GATEWAY_ROUTES_ACCOUNT", url(account),
                "GJJ_GATEWAY_ROUTES_REMITTANCE", url(remittance),
                "GJJ_GATEWAY_ROUTES_COLLECTION", url(collection))).start(infrastructure);
        others.addAll(List.of(identity, account, collection, bank, gateway));
    }

    static RemittancePlatform start(Infrastructure infrastructure) {
        RemittancePlatform platform = new RemittancePlatform(infrastructure);
        try {
            List<ServiceProcess> all = new ArrayList<>(platform.others);
            all.add(platform.remittance);
            ServiceProcess.awaitHealthy(all, Duration.ofSeconds(420), p -> { });
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** Stops remittance-service and starts it again on the same database and port, its clock {@code ahead} of real time. */
    void restartRemittance(Duration ahead) {
        remittance.close();
        remittance = behindGateway("remittance-service", "remittance", Map.of("GJJ_REMITTANCE_CLOCK_OFFSET", ahead.toString()))
                .port(remittance.port()).start(infrastructure);
        remittance.awaitHealthy(Duration.ofSeconds(180));
    }

    String gatewayUrl() {
        return url(gateway);
    }

    String bankUrl() {
        return url(bank);
    }

    /** An operator of the demo unit (demo-maker, demo-checker): password and the demo soft USB key. */
    String operatorToken(String loginName) {
        return Logins.operatorToken(gatewayUrl(), ServiceJars.demoKeyDirectory(database("identity")), loginName);
    }

    /** Fund-centre staff (bank staff at the simulator's admin API act with these) log in with a password. */
    String staffToken(String loginName) {
        return Logins.staffToken(gatewayUrl(), loginName);
    }

    /** A service behind the gateway: its own database, and identity-service's token keys. */
    private ServiceJars.Service behindGateway(String module, String database, Map<String, String> settings) {
        return ServiceJars.service(module).database(database(database)).env("GJJ_TOKENS_JWKS_URI", jwks).env(settings);
    }

    private String database(String name) {
        return name + "_" + suffix;
    }

    private static String url(ServiceProcess process) {
        return "http://localhost:" + process.port();
    }

    @Override
    public void close() {
        List<ServiceProcess> all = new ArrayList<>(others);
        if (remittance != null) {
            all.add(remittance);
        }
        ServiceProcess.stopAll(all, ServiceProcess.STOP_GRACE, line -> { });
    }
}
