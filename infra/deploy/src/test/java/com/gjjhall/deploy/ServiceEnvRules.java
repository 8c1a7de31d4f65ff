package com.gjjhall.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gjjhall.deploy.Conventions.Process;

/**
 * The settings a service must be started with, the same in compose and in Kubernetes: what differs
 * between the two is only how a host name is resolved, which {@link Platform} answers.
 */
final class ServiceEnvRules {

    /** How one deployment platform names things. */
    interface Platform {
        /** Every address a Kafka broker advertises to clients (host:port), mapped to the broker's own name. */
        Map<String, String> brokerAddresses();

        boolean isPostgres(String host, int port);

        /** Whether a client inside the platform reaches {@code target} at host:port. */
        boolean reaches(String host, int port, Process target);
    }

    static final int BROKERS = 3;
    private static final Set<String> CHECKED_PREFIXES = Set.of("GJJ_", "SPRING_", "SERVER_", "AXONIQ_");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/?]+)(?::(\\d+))?/([^?/]+)(\\?.*)?");

    private ServiceEnvRules() {
    }

    /** @param where names the file and the service in every message */
    static List<String> check(String where, Process service, Map<String, EnvValue> env, Conventions conventions,
                              Platform platform) {
        List<String> problems = new ArrayList<>();
        for (String name : env.keySet()) {
            if (CHECKED_PREFIXES.stream().anyMatch(name::startsWith) && !conventions.settings().contains(name)) {
                problems.add(where + ": " + name + " is not a setting named in CONVENTIONS.md");
            }
            if (EnvValue.isSecretName(name) && !env.get(name).keepsSecretOut()) {
                problems.add(where + ": " + name + " has a literal value; take it from a Secret or a required ${VAR:?...} placeholder");
            }
        }
        String port = text(env, "SERVER_PORT");
        if (!String.valueOf(service.port()).equals(port)) {
            problems.add(where + ": SERVER_PORT is " + port + ", CONVENTIONS.md says " + service.port());
        }
        checkDatabase(where, service, env, platform, problems);
        checkKafka(where, service, env, platform, problems);
        checkUrl(where, env, "GJJ_TOKENS_JWKS_URI", conventions.service(Conventions.IDENTITY).orElseThrow(),
                "/api/identity/jwks", platform, problems);
        for (String route : conventions.gatewayRouteVariables()) {
            if (service.name().equals(Conventions.GATEWAY)) {
                Process target = conventions.service(Conventions.routedService(route)).orElse(null);
                if (target == null) {
                    problems.add("CONVENTIONS.md: " + route + " names no service " + Conventions.routedService(route));
                } else {
                    checkUrl(where, env, route, target, "", platform, problems);
                }
            } else if (env.containsKey(route)) {
                problems.add(where + ": " + route + " is a gateway setting; only " + Conventions.GATEWAY + " takes it");
            }
        }
        boolean identity = service.name().equals(Conventions.IDENTITY);
        if (identity != env.containsKey("GJJ_SECRETS_MASTER_KEY")) {
            problems.add(where + ": GJJ_SECRETS_MASTER_KEY " + (identity ? "is missing" : "must be given to "
                    + Conventions.IDENTITY + " only"));
        }
        return problems;
    }

    private static void checkDatabase(String where, Process service, Map<String, EnvValue> env, Platform platform,
                                      List<String> problems) {
        String url = text(env, "SPRING_DATASOURCE_URL");
        if (service.database().isEmpty()) {
            if (env.containsKey("SPRING_DATASOURCE_URL")) {
                problems.add(where + ": has SPRING_DATASOURCE_URL but CONVENTIONS.md gives it no database");
            }
            return;
        }
        String database = service.database().get();
        Matcher jdbc = url == null ? null : JDBC.matcher(url);
        if (jdbc == null || !jdbc.matches()) {
            problems.add(where + ": SPRING_DATASOURCE_URL is " + url + ", want jdbc:postgresql://<host>:<port>/" + database);
        } else {
            int port = jdbc.group(2) == null ? 5432 : Integer.parseInt(jdbc.group(2));
            if (!jdbc.group(3).equals(database)) {
                problems.add(where + ": SPRING_DATASOURCE_URL names database " + jdbc.group(3) + ", CONVENTIONS.md says " + database);
            }
            if (!platform.isPostgres(jdbc.group(1), port)) {
                problems.add(where + ": SPRING_DATASOURCE_URL host " + jdbc.group(1) + ":" + port + " is not the PostgreSQL server");
            }
        }
        for (String required : List.of("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD")) {
            if (!env.containsKey(required)) {
                problems.add(where + ": " + required + " is missing");
            }
        }
        if (!"true".equals(text(env, "AXONIQ_UPDATE_CHECKER_DISABLED"))) {
            problems.add(where + ": AXONIQ_UPDATE_CHECKER_DISABLED is " + text(env, "AXONIQ_UPDATE_CHECKER_DISABLED") + ", want true");
        }
    }

    private static void checkKafka(String where, Process service, Map<String, EnvValue> env, Platform platform,
                                   List<String> problems) {
        String servers = text(env, "SPRING_KAFKA_BOOTSTRAP_SERVERS");
        if (servers == null) {
            // Every service talks to Kafka; the gateway reads logouts (identity.SessionRevoked) there.
            problems.add(where + ": SPRING_KAFKA_BOOTSTRAP_SERVERS is missing");
            return;
        }
        List<String> listed = List.of(servers.split("\\s*,\\s*"));
        Set<String> brokers = new HashSet<>();
        for (String address : listed) {
            String broker = platform.brokerAddresses().get(address);
            if (broker == null) {
                problems.add(where + ": SPRING_KAFKA_BOOTSTRAP_SERVERS lists " + address
                        + ", which no broker advertises (brokers: " + platform.brokerAddresses().keySet() + ")");
            } else {
                brokers.add(broker);
            }
        }
        if (listed.size() != BROKERS || brokers.size() != BROKERS) {
            problems.add(where + ": SPRING_KAFKA_BOOTSTRAP_SERVERS lists " + listed.size() + " address(es) of "
                    + brokers.size() + " broker(s) (" + servers + "), want all " + BROKERS + " brokers");
        }
    }

    private static void checkUrl(String where, Map<String, EnvValue> env, String name, Process target, String path,
                                 Platform platform, List<String> problems) {
        String value = text(env, name);
        if (value == null) {
            problems.add(where + ": " + name + " is missing");
            return;
        }
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + name + " is not a URL: " + value);
            return;
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        if (uri.getHost() == null || !platform.reaches(uri.getHost(), port, target)) {
            problems.add(where + ": " + name + " is " + value + ", which does not reach " + target.name() + " on port " + target.port());
        }
        String actualPath = uri.getPath() == null ? "" : uri.getPath();
        if (!actualPath.equals(path) && !(path.isEmpty() && actualPath.equals("/"))) {
            problems.add(where + ": " + name + " has path '" + actualPath + "', want '" + path + "'");
        }
    }

    private static String text(Map<String, EnvValue> env, String name) {
        EnvValue value = env.get(name);
        return value == null ? null : value.textOrNull();
    }
}
