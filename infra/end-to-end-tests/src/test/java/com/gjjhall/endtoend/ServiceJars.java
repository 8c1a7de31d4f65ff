package com.gjjhall.endtoend;

import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.localservers.LocalKafka;
import com.gjjhall.testkit.Infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the services' real executable jars as processes, wired to the test's PostgreSQL and Kafka. */
final class ServiceJars {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path LOGS = Path.of("target/service-logs").toAbsolutePath();

    private ServiceJars() {
    }

    static Path jar(String module) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(Path.of(module).getFileName() + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn verify builds them)");
        }
        return jar;
    }

    /**
     * Starts {@code module}'s jar with its database (none for the gateway) and the broker; {@code extraClasses}
     * is added to its class path (Spring Boot's {@code loader.path}) when given.
     */
    static ServiceProcess start(String module, String database, Infrastructure infrastructure,
                                Map<String, String> settings, Path extraClasses) {
        int port = LocalKafka.freePort();
        Map<String, String> env = new HashMap<>(settings);
        env.put("SERVER_PORT", Integer.toString(port));
        if (database != null) {
            env.put("SPRING_DATASOURCE_URL", infrastructure.jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", infrastructure.username());
            env.put("SPRING_DATASOURCE_PASSWORD", infrastructure.password());
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        }
        env.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        List<String> java = new ArrayList<>();
        if (extraClasses != null) {
            java.add("-Dloader.path=" + extraClasses);
        }
        java.addAll(List.of("-cp", jar(module).toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
        String name = Path.of(module).getFileName().toString();
        return ServiceProcess.start(name, java, port, env, LOGS.resolve(name + "-" + System.nanoTime() + ".log"));
    }
}
