package com.gjjhall.endtoend;

import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.localservers.LocalKafka;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.TestTokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the services' real executable jars as processes, wired to the test's PostgreSQL and Kafka: the one
 * jar starter of the end-to-end tests.
 *
 * <pre>{@code
 * ServiceProcess identity = ServiceJars.service("identity-service").database("identity_trace")
 *         .env("GJJ_DEMO_SEED", "true").start(infrastructure);
 * }</pre>
 *
 * <p>Every service gets the broker, its database (when it has one), a free port, and
 * {@code GJJ_DEMO_KEY_DIRECTORY} under {@code target/} ({@link #demoKeyDirectory}), so no test writes soft USB
 * keys into the module's working directory. Services accept the test kit's tokens unless the caller points
 * {@code GJJ_TOKENS_JWKS_URI} at identity-service.
 */
public final class ServiceJars {

    /** The root of the work tree: the module runs in {@code infra/end-to-end-tests}. */
    public static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    public static final Path LOGS = Path.of("target/service-logs").toAbsolutePath();
    public static final Path DEMO_KEYS = Path.of("target/e2e-demo-keys").toAbsolutePath();

    private ServiceJars() {
    }

    /** A module's executable jar, e.g. {@code infra/bank-simulator} → {@code infra/bank-simulator/target/bank-simulator.jar}. */
    public static Path jar(String module) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(Path.of(module).getFileName() + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -B -o -q install -DskipTests)");
        }
        return jar;
    }

    /**
     * Where a service started on {@code databaseOrName} (its database, or its name when it has none) writes the
     * demo operators' soft USB keys unless told otherwise. A restart on the same database finds its keys again.
     */
    public static Path demoKeyDirectory(String databaseOrName) {
        return DEMO_KEYS.resolve(databaseOrName);
    }

    /** A service to start, from its module path: {@code identity-service}, {@code infra/bank-simulator}. */
    public static Service service(String module) {
        return new Service(module);
    }

    /** What to start a service's jar with; {@link #start} starts it. */
    public static final class Service {

        private final String module;
        private final Map<String, String> env = new HashMap<>();
        private final List<String> jvmFlags = new ArrayList<>();
        private String database;
        private Path extraClasses;
        private int port;

        private Service(String module) {
            this.module = module;
        }

        /** The service's database (created when missing); none for the gateway. */
        public Service database(String name) {
            this.database = name;
            return this;
        }

        /** An environment setting, e.g. {@code GJJ_DEMO_SEED=true}; it wins over the defaults. */
        public Service env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Service env(Map<String, String> settings) {
            env.putAll(settings);
            return this;
        }

        /** JVM flags after the launcher's own options (later flags win). */
        public Service jvmFlags(List<String> flags) {
            jvmFlags.addAll(flags);
            return this;
        }

        /**
         * Classes added to the service's class path (Spring Boot's {@code loader.path}, so the jar is run with
         * its PropertiesLauncher): e.g. the crash test's fault, from {@code target/test-classes}.
         */
        public Service extraClasses(Path directory) {
            this.extraClasses = directory.toAbsolutePath();
            return this;
        }

        /** A fixed port, e.g. to restart a service where the gateway already routes to it; a free one otherwise. */
        public Service port(int port) {
            this.port = port;
            return this;
        }

        public ServiceProcess start(Infrastructure infrastructure) {
            Path jar = jar(module);
            String name = Path.of(module).getFileName().toString();
            int chosenPort = port > 0 ? port : LocalKafka.freePort();
            Map<String, String> settings = new HashMap<>();
            settings.put("SERVER_PORT", Integer.toString(chosenPort));
            settings.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
            if (database != null) {
                settings.put("SPRING_DATASOURCE_URL", infrastructure.jdbcUrl(database));
                settings.put("SPRING_DATASOURCE_USERNAME", infrastructure.username());
                settings.put("SPRING_DATASOURCE_PASSWORD", infrastructure.password());
            }
            settings.put("GJJ_DEMO_KEY_DIRECTORY", demoKeyDirectory(database != null ? database : name).toString());
            settings.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            if (!env.containsKey("GJJ_TOKENS_JWKS_URI")) {
                settings.put("GJJ_TOKENS_JWKS_URI", TestTokens.get().jwksUri());
            }
            settings.putAll(env);

            List<String> java = new ArrayList<>(jvmFlags);
            if (extraClasses != null) {
                java.add("-Dloader.path=" + extraClasses);
                java.addAll(List.of("-cp", jar.toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
            } else {
                java.addAll(List.of("-jar", jar.toString()));
            }
            String logName = name + (database != null ? "-" + database : "") + "-" + System.nanoTime() + ".log";
            return ServiceProcess.start(name, java, chosenPort, settings, LOGS.resolve(logName));
        }
    }
}
