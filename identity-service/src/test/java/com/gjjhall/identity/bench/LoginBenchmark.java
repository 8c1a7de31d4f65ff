package com.gjjhall.identity.bench;

import com.gjjhall.launcher.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Logins through the gateway: the real identity-service and gateway jars, run with the JVM they have where they
 * are deployed (the launcher's options, then {@code ServiceProcess.DEPLOYED_JVM_FLAGS}: 717 MiB heap, SerialGC, the
 * full JIT; {@code -Dbench.jvm="..."} adds flags after those), the test kit's PostgreSQL and Kafka, 40 operators (SM2 and ECDSA keys)
 * set up through the clerk API. Drives {@code bench.rate} logins/s (default 30) for {@code bench.seconds}
 * (default 30) after a warm-up of {@code bench.warmup} seconds at that rate (default 90), then one client
 * and four clients back to back, then token checks at the
 * gateway. {@code -Dbench.argon2=<KiB>,<passes>} runs identity-service with another hash cost (e.g. {@code 19456,2},
 * OWASP's 19 MiB form of the minimum),
 * {@code -Dbench.jfr=<file>} records a profile of it. Not a test:
 * <pre>
 * mvn -q -pl identity-service,gateway-service package -DskipTests
 * mvn -q -pl identity-service test-compile exec:java -Dexec.mainClass=com.gjjhall.identity.bench.LoginBenchmark \
 *     -Dexec.classpathScope=test
 * </pre>
 * Targets on 2 cores: p99 ≤ 300 ms at 30 logins/s sustained; token checks at the gateway ≥ 5,000/s.
 *
 * <p>With the platform's own Argon2id (AVX2, {@code src/main/c}) and the gateway's revocation reader fetching in
 * batches (session 5), deployed JVM, 90 s warm-up, 30 s at 30/s, the machine shared with a helper's Maven builds
 * (load 4.2-7.2): p99 87, 130 and 265 ms (p50 29, 34, 52 ms), 0 failed; identity-service 25.9-32.7 ms of CPU a
 * login (its JIT compiler 4.4-7.3 of it), gateway 4.6-7.0 ms; these two 46-60 % of the 2 cores. 1 client: 30-34
 * logins/s at p99 55-76 ms; 4 clients: 42-58 logins/s at p99 122-171 ms. (A run with flight recordings on both
 * services: p99 408 ms.)
 *
 * <p>Before that, with the deployed JVM (session 4; tokens signed with the base-point table kept; load 5-6, most of it these
 * processes, the first run beside the end of a Maven build): 30 s at 30/s after 90 s of warm-up, p99 477 and
 * 1,451 ms (p50 91 and 206 ms), after 120 s with a flight recording on p99 353 ms (p50 73 ms), after 240 s
 * ({@code -Dbench.warmup=240}) p99 234 ms (p50 64 ms), 0 failed;
 * identity-service 41-44 ms of CPU a login, of which its JIT compiler still 2.5-5.4 ms, gateway 4.2-6.4 ms: these
 * two alone take 72-74 % of the 2 cores at 30/s, so a queue builds whenever anything else runs. 1 client: 20-23
 * logins/s at p99 70-93 ms; 4 clients: 39-46 logins/s at p99 156-172 ms. Through the gateway to identity-service
 * with a valid token 497-920 requests/s (services now remember a verified token: 1-4 us instead of a 1.5-1.8 ms check).
 *
 * <p>Earlier, with the launcher's JVM (256 MiB heap, the gateway on C1), quiet machine (load ~3.5), 90 s warm-up, 30 s at 30/s:
 * default hash (7 MiB x 5), four runs: p99 245, 485, 134 and 2,065 ms (p50 47, 55, 49, 1,161 ms), 0 failed;
 * identity 35-37 ms + gateway 5 ms of CPU a login in the first three, 45 ms in the fourth, whose queue never
 * drained; capacity 42-46 logins/s. Both services' young-generation pauses (SerialGC, 256 MiB) reach 60-120 ms.
 * With {@code 19456,2}: p50 114 ms, p99 341 ms, identity 44 ms a login, capacity 35/s.
 * In process (no HTTP) the gateway checks 8,400-9,400 tokens/s on one thread (gateway-service's
 * {@code TokenCheckBenchmark}); over HTTP with the load generator on the same cores about 2,000-2,500 refusals/s.
 */
public final class LoginBenchmark {

    private static final int UNITS = 20;
    private static final Duration CAPACITY_RUN = Duration.ofSeconds(15);
    private static final Duration TOKEN_RUN = Duration.ofSeconds(10);

    private LoginBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Files.isDirectory(Path.of("identity-service")) ? Path.of(".") : Path.of("..");
        // As deployed (full JIT, the deployment's heap); -Dbench.jvm flags come after these, so they win.
        List<String> jvm = new ArrayList<>(ServiceProcess.DEPLOYED_JVM_FLAGS);
        if (System.getProperty("bench.jvm") != null) {
            jvm.addAll(Arrays.asList(System.getProperty("bench.jvm").trim().split("\\s+")));
        }
        double rate = Double.parseDouble(System.getProperty("bench.rate", "30"));
        Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 30));
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmup", 90));
        System.out.printf("Login benchmark: %d cores, Java %s, service JVMs %s then %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ServiceProcess.JVM_OPTIONS, jvm);
        System.out.println("Raw limits (STACK.md): BC SM2 verify ~10,000/s, SM2 sign ~2,500/s, P-256 verify ~10,500/s "
                + "(one thread); Axon command→event 1.4k–1.9k/s; PostgreSQL 1-row tx 6.7k–7.0k/s");
        try (BenchPlatform platform = BenchPlatform.start(root.toAbsolutePath().normalize(), jvm)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            BenchOperators operators = new BenchOperators(http, platform.gatewayUrl);
            List<BenchOperators.Operator> people = operators.create(UNITS);
            Load.Work login = i -> operators.login(people.get(i % people.size())) != null;

            // A server that has run for a while: the JIT's C2 compilations of the login path are done (during a
            // 15 s warm-up they still took a quarter of identity-service's CPU in the measured run).
            Load.openLoop(login, rate, warmUp);
            IdentityMetrics.Snapshot before = IdentityMetrics.read(platform.identityUrl);
            Duration identityCpu = platform.cpu(platform.identity);
            Duration gatewayCpu = platform.cpu(platform.gateway);
            Duration identityCompiling = platform.compilerCpu(platform.identity);
            Load.Result sustained = Load.openLoop(login, rate, measure);
            IdentityMetrics.Snapshot after = IdentityMetrics.read(platform.identityUrl);
            report("sustained " + rate + " logins/s for " + measure.toSeconds() + " s", sustained);
            System.out.println("  machine load average during the run: " + loadAverage());
            split(before, after, sustained.latencies().size(),
                    platform.cpu(platform.identity).minus(identityCpu), platform.cpu(platform.gateway).minus(gatewayCpu),
                    sustained.elapsed());
            System.out.printf("  of identity-service's CPU per login, the JIT compiler's threads: %.1f ms%n",
                    platform.compilerCpu(platform.identity).minus(identityCompiling).toNanos() / 1e6
                            / sustained.latencies().size());

            Duration identityBefore = platform.cpu(platform.identity);
            Duration gatewayBefore = platform.cpu(platform.gateway);
            Load.Result alone = Load.closedLoop(login, 1, CAPACITY_RUN);
            report("1 client back to back", alone);
            System.out.printf("  CPU per login: identity-service %.1f ms, gateway %.1f ms -> on 2 cores these two alone "
                            + "would carry about %.0f logins/s%n",
                    platform.cpu(platform.identity).minus(identityBefore).toNanos() / 1e6 / alone.latencies().size(),
                    platform.cpu(platform.gateway).minus(gatewayBefore).toNanos() / 1e6 / alone.latencies().size(),
                    2e9 * alone.latencies().size() / (platform.cpu(platform.identity).minus(identityBefore)
                            .plus(platform.cpu(platform.gateway).minus(gatewayBefore)).toNanos()));
            report("capacity, 4 clients back to back", Load.closedLoop(login, 4, CAPACITY_RUN));

            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tokens.add(operators.login(people.get(i % people.size())));
            }
            tokenChecks(http, platform.gatewayUrl, tokens);
        }
        // The embedded Kafka broker's threads would keep exec:java waiting.
        System.exit(0);
    }

    /** Other work on the machine skews every figure: it is printed beside them. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void report(String name, Load.Result result) {
        System.out.printf("%-40s %7.1f logins/s   p50 %6.1f ms   p99 %6.1f ms   max %6.1f ms   failed %d%n", name,
                result.perSecond(), result.percentileMillis(50), result.percentileMillis(99),
                result.percentileMillis(100), result.failures());
    }

    private static void split(IdentityMetrics.Snapshot before, IdentityMetrics.Snapshot after, int logins,
                              Duration identityCpu, Duration gatewayCpu, Duration elapsed) {
        double login = after.seconds(IdentityMetrics.LOGIN) - before.seconds(IdentityMetrics.LOGIN);
        double password = after.seconds(IdentityMetrics.PASSWORD) - before.seconds(IdentityMetrics.PASSWORD);
        double certificate = after.seconds(IdentityMetrics.CERTIFICATE) - before.seconds(IdentityMetrics.CERTIFICATE);
        double count = after.count(IdentityMetrics.LOGIN) - before.count(IdentityMetrics.LOGIN);
        System.out.printf("  inside identity-service, per login: %.1f ms in all, of which password hashing %.1f ms "
                        + "(%.0f %%), certificate + signature check %.2f ms (%.1f %%)%n",
                1000 * login / count, 1000 * password / count, 100 * password / login,
                1000 * certificate / count, 100 * certificate / login);
        System.out.printf("  CPU per login: identity-service %.1f ms, gateway %.1f ms; machine share %.0f %% of %d cores%n",
                identityCpu.toNanos() / 1e6 / logins, gatewayCpu.toNanos() / 1e6 / logins,
                100.0 * (identityCpu.toNanos() + gatewayCpu.toNanos()) / elapsed.toNanos()
                        / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * Token checks at the gateway over HTTP: tokens with a broken signature are refused by the gateway after
     * the full ES256 check without reaching a service, so this is the gateway's own check rate (HTTP included,
     * load generator on the same cores); then valid tokens all the way to identity-service.
     */
    private static void tokenChecks(HttpClient http, String gatewayUrl, List<String> tokens) throws Exception {
        List<String> broken = tokens.stream().map(LoginBenchmark::breakSignature).toList();
        Load.Work gatewayOnly = i -> get(http, gatewayUrl, broken.get(i % broken.size())) == 401;
        Load.Work wholeRequest = i -> get(http, gatewayUrl, tokens.get(i % tokens.size())) == 200;
        Load.closedLoop(gatewayOnly, 8, Duration.ofSeconds(3));
        Load.Result refused = Load.closedLoop(gatewayOnly, 8, TOKEN_RUN);
        System.out.printf("%-40s %7.0f checks/s   p50 %6.1f ms   p99 %6.1f ms   failed %d%n",
                "token checks at the gateway (refused)", refused.perSecond(), refused.percentileMillis(50),
                refused.percentileMillis(99), refused.failures());
        Load.Result served = Load.closedLoop(wholeRequest, 8, TOKEN_RUN);
        System.out.printf("%-40s %7.0f requests/s p50 %6.1f ms   p99 %6.1f ms   failed %d%n",
                "GET operators/current via gateway", served.perSecond(), served.percentileMillis(50),
                served.percentileMillis(99), served.failures());
    }

    private static int get(HttpClient http, String gatewayUrl, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/identity/operators/current"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Flips one character in the middle of the signature: same length, same key id, wrong signature. */
    private static String breakSignature(String token) {
        int at = token.lastIndexOf('.') + 20;
        char c = token.charAt(at);
        return token.substring(0, at) + (c == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }
}
