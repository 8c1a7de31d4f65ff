package com.gjjhall.launcher;

import com.gjjhall.launcher.PlatformServices.Backends;
import com.gjjhall.localservers.LocalKafka;
import com.gjjhall.localservers.LocalPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static com.gjjhall.launcher.Launcher.say;
import static com.gjjhall.launcher.Launcher.secondsSince;

/** PostgreSQL and Kafka for the platform: embedded ones kept in the data directory, or external ones. */
final class DataServers {

    private final LaunchOptions options;
    private final Instant started;
    private volatile LocalPostgres postgres;
    private volatile LocalKafka kafka;

    DataServers(LaunchOptions options, Instant started) {
        this.options = options;
        this.started = started;
    }

    /** Starts or reaches both, side by side, with {@code databases} created; says where services find them. */
    Backends start(List<String> databases) {
        // A thread of our own, not the common pool: it inherits the context class loader that sees the
        // jar's libraries, through which Kafka loads its pluggable classes.
        CompletableFuture<String> kafkaBootstrap = CompletableFuture.supplyAsync(this::startKafka,
                task -> new Thread(task, "kafka-start").start());
        Map<String, String> jdbcUrls = startPostgres(databases);
        try {
            return new Backends(jdbcUrls, options.postgresUser(), options.postgresPassword(), kafkaBootstrap.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** All processes of the embedded PostgreSQL; {@link ResidentMemory#NONE} for an external one. */
    ResidentMemory postgresMemory() {
        return postgres == null ? ResidentMemory.NONE
                : ResidentMemory.postmasterPid(postgresDirectory()).stream().mapToObj(ResidentMemory::ofTree)
                        .reduce(ResidentMemory.NONE, ResidentMemory::plus);
    }

    /** Kafka, then PostgreSQL; the services are to be stopped before. */
    void stop() {
        stop("Kafka", kafka);
        stop("PostgreSQL", postgres);
    }

    private Map<String, String> startPostgres(List<String> databases) {
        Map<String, String> urls = new LinkedHashMap<>();
        if (options.embeddedPostgres()) {
            postgres = LocalPostgres.startDurable(postgresDirectory(), PlatformServices.POSTGRES_PORT);
            databases.forEach(db -> urls.put(db, postgres.ensureDatabase(db)));
            say("PostgreSQL  embedded, port %d, data in %s: ready (%s)",
                    PlatformServices.POSTGRES_PORT, postgresDirectory(), secondsSince(started));
        } else {
            databases.forEach(db -> urls.put(db, ensureExternalDatabase(db)));
            say("PostgreSQL  external, %s: databases ready (%s)", options.postgresUrl(), secondsSince(started));
        }
        return urls;
    }

    private String ensureExternalDatabase(String database) {
        String server = options.postgresUrl();
        try (var connection = DriverManager.getConnection(server + "/postgres", options.postgresUser(),
                options.postgresPassword());
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             var create = connection.createStatement()) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + ": " + e.getMessage(), e);
        }
        return server + "/" + database + "?reWriteBatchedInserts=true";
    }

    private String startKafka() {
        if (options.embeddedKafka()) {
            Path logs = options.dataDir().resolve("kafka");
            kafka = LocalKafka.start(logs, PlatformServices.KAFKA_PORT);
            say("Kafka       embedded KRaft broker, %s, logs in %s: ready (%s)",
                    kafka.bootstrapServers(), logs, secondsSince(started));
            return kafka.bootstrapServers();
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000))) {
            admin.describeCluster().clusterId().get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("Kafka at " + options.kafkaBootstrap() + " does not answer: " + cause, e);
        }
        say("Kafka       external, %s: reachable (%s)", options.kafkaBootstrap(), secondsSince(started));
        return options.kafkaBootstrap();
    }

    private Path postgresDirectory() {
        return options.dataDir().resolve("postgres");
    }

    private static void stop(String name, AutoCloseable server) {
        if (server == null) {
            return;
        }
        say("Stopping %s…", name);
        try {
            server.close();
            say("  %s stopped", name);
        } catch (Exception e) {
            say("  %s did not stop cleanly: %s", name, e.getMessage());
        }
    }
}
