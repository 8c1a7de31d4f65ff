package com.gjjhall.launcher;

import com.gjjhall.launcher.PlatformServices.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What to start and where: the command line, with environment variables as defaults.
 *
 * @param postgresUrl    an external server ({@code jdbc:postgresql://host:port}); null starts an embedded one
 * @param kafkaBootstrap an external broker ({@code host:port}); null starts an embedded one
 * @param services       the services to start, in the order of {@link PlatformServices#ALL}
 */
public record LaunchOptions(boolean help, boolean fresh, Path dataDir,
                            String postgresUrl, String postgresUser, String postgresPassword,
                            String kafkaBootstrap, List<Service> services) {

    public static final String USAGE = """
            Usage: infra/run-platform.sh [--no-build] [options]
              Starts PostgreSQL, Kafka, the bank simulator and the six services, and waits until all are healthy.
              --fresh                      delete the data directory first (all data of earlier runs)
              --data-dir DIR               where data and logs are kept between runs    [GJJ_DATA_DIR]
                                           (default: <repository>/.platform-data)
              --postgres-url URL           use this PostgreSQL server, e.g. jdbc:postgresql://db:5432,
                                           and create the databases there if missing    [GJJ_POSTGRES_URL]
              --postgres-user USER         its user (default postgres)                  [GJJ_POSTGRES_USER]
              --postgres-password PASS     its password (default empty)                 [GJJ_POSTGRES_PASSWORD]
              --kafka-bootstrap HOST:PORT  use this Kafka broker                        [GJJ_KAFKA_BOOTSTRAP]
              --only SERVICE,...           start only these services, e.g. identity,gateway  [GJJ_ONLY]
              --help                       this text
            Ctrl-C stops everything.""";

    private static final String POSTGRES_SERVER = "jdbc:postgresql://[^/?]+";

    /** Parses {@code args}; an option given there wins over its environment variable in {@code env}. */
    public static LaunchOptions parse(List<String> args, Map<String, String> env, Path repoRoot) {
        boolean help = false;
        boolean fresh = false;
        String dataDir = env.get("GJJ_DATA_DIR");
        String postgresUrl = env.get("GJJ_POSTGRES_URL");
        String postgresUser = env.getOrDefault("GJJ_POSTGRES_USER", "postgres");
        String postgresPassword = env.getOrDefault("GJJ_POSTGRES_PASSWORD", "");
        String kafka = env.get("GJJ_KAFKA_BOOTSTRAP");
        String only = env.get("GJJ_ONLY");
        List<String> rest = new ArrayList<>();
        args.forEach(arg -> rest.addAll(arg.startsWith("--") && arg.contains("=")
                ? List.of(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1))
                : List.of(arg)));
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            switch (option) {
                case "--help", "-h" -> help = true;
                case "--fresh" -> fresh = true;
                case "--data-dir" -> dataDir = value(rest, ++i, option);
                case "--postgres-url" -> postgresUrl = value(rest, ++i, option);
                case "--postgres-user" -> postgresUser = value(rest, ++i, option);
                case "--postgres-password" -> postgresPassword = value(rest, ++i, option);
                case "--kafka-bootstrap" -> kafka = value(rest, ++i, option);
                case "--only" -> only = value(rest, ++i, option);
                default -> throw new IllegalArgumentException("unknown option: " + option);
            }
        }
        if (postgresUrl != null) {
            postgresUrl = postgresUrl.replaceAll("/+$", "");
            if (!postgresUrl.matches(POSTGRES_SERVER)) {
                throw new IllegalArgumentException("--postgres-url names a server without a database, e.g. "
                        + "jdbc:postgresql://localhost:5432; got " + postgresUrl);
            }
        }
        if (kafka != null && kafka.isBlank()) {
            throw new IllegalArgumentException("--kafka-bootstrap needs host:port");
        }
        Path data = dataDir == null ? repoRoot.resolve(".platform-data") : Path.of(dataDir);
        return new LaunchOptions(help, fresh, data.toAbsolutePath().normalize(),
                postgresUrl, postgresUser, postgresPassword, kafka, services(only));
    }

    public boolean embeddedPostgres() {
        return postgresUrl == null;
    }

    public boolean embeddedKafka() {
        return kafkaBootstrap == null;
    }

    private static List<Service> services(String only) {
        if (only == null || only.isBlank()) {
            return PlatformServices.ALL;
        }
        List<Service> chosen = Arrays.stream(only.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .map(PlatformServices::named)
                .toList();
        return PlatformServices.ALL.stream().filter(chosen::contains).toList();
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
