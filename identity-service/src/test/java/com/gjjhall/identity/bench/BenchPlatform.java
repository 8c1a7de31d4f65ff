package com.gjjhall.identity.bench;

import com.gjjhall.launcher.PlatformServices;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.localservers.LocalKafka;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.RealInfrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * identity-service and the gateway as the real jars, started as the launcher starts them (its JVM options and
 * identity-service's full JIT; {@code -Dbench.jvm} flags come after them, so they win), on the test kit's
 * PostgreSQL and Kafka.
 */
final class BenchPlatform implements AutoCloseable {

    private static final Path LOGS = Path.of("identity-service/target/bench-logs");

    final ServiceProcess identity;
    final ServiceProcess gateway;
    final String identityUrl;
    final String gatewayUrl;

    private BenchPlatform(ServiceProcess identity, ServiceProcess gateway) {
        this.identity = identity;
        this.identityUrl = "http://localhost:" + identity.port();
        this.gateway = gateway;
        this.gatewayUrl = "http://localhost:" + gateway.port();
    }

    static BenchPlatform start(Path root, List<String> jvmFlags) {
        Infrastructure infrastructure = RealInfrastructure.get();
        String database = "identity_bench_" + Long.toString(System.nanoTime(), 36);
        List<String> identityFlags = new ArrayList<>(jvmFlags);
        if (System.getProperty("bench.jfr") != null) {
            // A profile of identity-service alone: -Dbench.jfr=<file>.
            identityFlags.add("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr") + ",settings=profile");
        }
        Map<String, String> identityEnv = new HashMap<>(Map.of(
                "GJJ_DEMO_SEED", "true",
                "GJJ_DEMO_KEY_DIRECTORY", root.resolve("identity-service/target/bench-demo-keys").toString(),
                "SPRING_DATASOURCE_URL", infrastructure.jdbcUrl(database),
                "SPRING_DATASOURCE_USERNAME", infrastructure.username(),
                "SPRING_DATASOURCE_PASSWORD", infrastructure.password(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers()));
        if (System.getProperty("bench.argon2") != null) {
            // What the rest of the login path could carry with a cheaper hash: -Dbench.argon2=<memory KiB>,<passes>.
            String[] argon2 = System.getProperty("bench.argon2").split(",");
            identityEnv.put("GJJ_PASSWORDS_ARGON2_MEMORY_KIB", argon2[0].trim());
            identityEnv.put("GJJ_PASSWORDS_ARGON2_PASSES", argon2[1].trim());
        }
        ServiceProcess identity = start(root, PlatformServices.IDENTITY, identityFlags, identityEnv);
        String identityUrl = "http://localhost:" + identity.port();
        ServiceProcess gateway = start(root, PlatformServices.GATEWAY, jvmFlags, Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "GJJ_GATEWAY_ROUTES_IDENTITY", identityUrl,
                "GJJ_TOKENS_JWKS_URI", identityUrl + "/api/identity/jwks"));
        BenchPlatform platform = new BenchPlatform(identity, gateway);
        try {
            ServiceProcess.awaitHealthy(List.of(identity, gateway), Duration.ofMinutes(3), p -> { });
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** {@code name}'s jar with the launcher's java arguments, {@code jvmFlags} inserted before {@code -jar}. */
    private static ServiceProcess start(Path root, String name, List<String> jvmFlags, Map<String, String> env) {
        PlatformServices.Service service = PlatformServices.named(name);
        Path jar = service.jar(root);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -pl identity-service,gateway-service package");
        }
        int port = LocalKafka.freePort();
        List<String> java = new ArrayList<>(jvmFlags);
        java.addAll(PlatformServices.javaArguments(service, jar));
        Map<String, String> settings = new HashMap<>(env);
        settings.put("SERVER_PORT", Integer.toString(port));
        return ServiceProcess.start(name, java, port, settings, root.resolve(LOGS).resolve(name + ".log"));
    }

    /** CPU time the process has used so far. */
    Duration cpu(ServiceProcess process) {
        return process.handle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * CPU time the process's JIT compiler threads have used so far (Linux: {@code /proc}, in clock ticks of
     * 10 ms; zero elsewhere): how much of a service's CPU was still compiling rather than serving.
     */
    Duration compilerCpu(ServiceProcess process) {
        Path tasks = Path.of("/proc", Long.toString(process.handle().pid()), "task");
        long ticks = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat = Files.readString(thread.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.contains("CompilerThre")) {
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 10);
    }

    @Override
    public void close() {
        ServiceProcess.stopAll(List.of(gateway, identity), ServiceProcess.STOP_GRACE, line -> { });
    }
}
