package com.gjjhall.identity.bench;

import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.RealInfrastructure;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * identity-service and the gateway as the real jars (processes with the launcher's JVM options unless
 * {@code -Dbench.jvm} says otherwise), on the test kit's PostgreSQL and Kafka.
 */
final class BenchPlatform implements AutoCloseable {

    static final List<String> LAUNCHER_JVM = List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=160m");

    final Process identity;
    final Process gateway;
    final String identityUrl;
    final String gatewayUrl;

    private BenchPlatform(Process identity, String identityUrl, Process gateway, String gatewayUrl) {
        this.identity = identity;
        this.identityUrl = identityUrl;
        this.gateway = gateway;
        this.gatewayUrl = gatewayUrl;
    }

    static BenchPlatform start(Path root, List<String> jvm) throws Exception {
        Infrastructure infrastructure = RealInfrastructure.get();
        String database = "identity_bench_" + Long.toString(System.nanoTime(), 36);
        int identityPort = freePort();
        List<String> identityJvm = new ArrayList<>(jvm);
        if (jvm == LAUNCHER_JVM) {
            // As the launcher runs it: the full JIT for identity-service, whose logins are bound by Argon2.
            identityJvm.add("-XX:TieredStopAtLevel=4");
        }
        if (System.getProperty("bench.jfr") != null) {
            // A profile of identity-service alone: -Dbench.jfr=<file>.
            identityJvm.add("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr") + ",settings=profile");
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
        Process identity = process(root, "identity-service", identityJvm, identityPort, identityEnv);
        String identityUrl = "http://localhost:" + identityPort;
        int gatewayPort = freePort();
        Process gateway = process(root, "gateway-service", jvm, gatewayPort, Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                "GJJ_GATEWAY_ROUTES_IDENTITY", identityUrl,
                "GJJ_TOKENS_JWKS_URI", identityUrl + "/api/identity/jwks"));
        BenchPlatform platform = new BenchPlatform(identity, identityUrl, gateway, "http://localhost:" + gatewayPort);
        platform.awaitHealthy(Duration.ofMinutes(3));
        return platform;
    }

    private static Process process(Path root, String module, List<String> jvm, int port, Map<String, String> env)
            throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: mvn -pl identity-service,gateway-service package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-jar", jar.toString()));
        Path log = root.resolve("identity-service/target/bench-logs").resolve(module + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        return builder.start();
    }

    private void awaitHealthy(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String url : List.of(identityUrl, gatewayUrl)) {
            while (true) {
                try {
                    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health"))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                if (System.nanoTime() > deadline || !identity.isAlive() || !gateway.isAlive()) {
                    throw new IllegalStateException(url + " did not become healthy; see identity-service/target/bench-logs");
                }
                Thread.sleep(250);
            }
        }
    }

    /** CPU time the two processes have used so far. */
    Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        gateway.destroy();
        identity.destroy();
        try {
            gateway.waitFor();
            identity.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
