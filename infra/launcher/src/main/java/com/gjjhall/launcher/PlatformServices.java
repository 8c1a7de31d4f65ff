package com.gjjhall.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The processes of the platform, their ports, databases and jars, and the settings each one gets: the
 * tables of {@code infra/CONVENTIONS.md} as code (a test keeps the two in step).
 */
public final class PlatformServices {

    public static final int POSTGRES_PORT = 55432;
    public static final int KAFKA_PORT = 9092;
    public static final String GATEWAY = "gateway-service";
    public static final String IDENTITY = "identity-service";

    /** One process of the platform; {@code database} is null for the gateway, which has none. */
    public record Service(String name, int port, String database, String module) {

        /** The executable jar {@code mvn package} leaves: {@code <module>/target/<artifactId>.jar}. */
        public Path jar(Path repoRoot) {
            return repoRoot.resolve(module).resolve("target").resolve(name + ".jar");
        }

        /** The name without {@code -service}: {@code identity}, {@code gateway}, {@code bank-simulator}. */
        public String shortName() {
            return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
        }

        public String url() {
            return "http://localhost:" + port;
        }

        boolean isDomainService() {
            return name.endsWith("-service") && !name.equals(GATEWAY);
        }
    }

    /** Where the services find PostgreSQL and Kafka; {@code jdbcUrls} maps a database name to its URL. */
    public record Backends(Map<String, String> jdbcUrls, String databaseUser, String databasePassword,
                           String kafkaBootstrapServers) {
    }

    public static final List<Service> ALL = List.of(
            new Service(GATEWAY, 8080, null, "gateway-service"),
            new Service(IDENTITY, 8081, "identity", "identity-service"),
            new Service("account-service", 8082, "account", "account-service"),
            new Service("remittance-service", 8083, "remittance", "remittance-service"),
            new Service("collection-service", 8084, "collection", "collection-service"),
            new Service("audit-service", 8085, "audit", "audit-service"),
            new Service("bank-simulator", 8086, "bank", "infra/bank-simulator"));

    private PlatformServices() {
    }

    /** The service called {@code name} or its short name ({@code identity} for {@code identity-service}). */
    public static Service named(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name) || s.shortName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service called '" + name + "'; known: "
                        + String.join(", ", ALL.stream().map(Service::name).toList())));
    }

    /**
     * The java arguments after {@link ServiceProcess#JVM_OPTIONS}: identity-service gets the full JIT back,
     * because login is bound by password hashing (Argon2, pure Java), which runs twice as long on C1 alone.
     */
    public static List<String> javaArguments(Service service, Path jar) {
        List<String> arguments = new ArrayList<>();
        if (service.name().equals(IDENTITY)) {
            arguments.add("-XX:TieredStopAtLevel=4");
        }
        arguments.addAll(List.of("-jar", jar.toString()));
        return arguments;
    }

    /** The environment variables {@code service} runs with, as CONVENTIONS.md lists them. */
    public static Map<String, String> environment(Service service, Backends backends) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(service.port()));
        if (service.database() != null) {
            env.put("SPRING_DATASOURCE_URL", backends.jdbcUrls().get(service.database()));
            env.put("SPRING_DATASOURCE_USERNAME", backends.databaseUser());
            env.put("SPRING_DATASOURCE_PASSWORD", backends.databasePassword());
        }
        // The gateway too: it learns of logouts (identity.SessionRevoked) from the broker.
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", backends.kafkaBootstrapServers());
        env.put("GJJ_TOKENS_JWKS_URI", named(IDENTITY).url() + "/api/identity/jwks");
        if (service.name().equals(GATEWAY)) {
            ALL.stream().filter(Service::isDomainService).forEach(s ->
                    env.put("GJJ_GATEWAY_ROUTES_" + s.shortName().toUpperCase(Locale.ROOT), s.url()));
        }
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        return env;
    }
}
