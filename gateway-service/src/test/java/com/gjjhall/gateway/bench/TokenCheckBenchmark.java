package com.gjjhall.gateway.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import com.gjjhall.gateway.auth.SigningKeys;
import com.gjjhall.gateway.auth.TokenVerifier;
import com.gjjhall.gateway.revocation.RevokedTokens;
import com.gjjhall.gateway.support.TestTokens;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Mono;

/**
 * Token checks per second of the gateway's {@link TokenVerifier}, in process: parse, ES256 signature,
 * validity window, claims, over distinct tokens (nothing is cached per token). For comparison, the same
 * signature checks with nimbus on the JDK's SunEC provider. Not a test; run it with
 * <pre>
 * mvn -q -pl gateway-service test-compile exec:java \
 *     -Dexec.mainClass=com.gjjhall.gateway.bench.TokenCheckBenchmark -Dexec.classpathScope=test
 * </pre>
 * Target: at least 5,000 checks/s on 2 cores.
 */
public final class TokenCheckBenchmark {

    private static final int DISTINCT_TOKENS = 2_000;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(5);

    private TokenCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ECKey key = TestTokens.newSigningKey("bench-key");
        SigningKeys keys = new SigningKeys(Mono.just(new JWKSet(key.toPublicJWK()).toString()),
                Clock.systemUTC(), Duration.ofHours(1), Duration.ofSeconds(5));
        TokenVerifier verifier = new TokenVerifier(keys, new RevokedTokens(Clock.systemUTC()), Clock.systemUTC(),
                Duration.ofSeconds(30));
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < DISTINCT_TOKENS; i++) {
            tokens.add(TestTokens.sign(key, TestTokens.claims("op-" + i, "unit-" + i % 50, Instant.now(), "OPERATOR").build()));
        }
        ECDSAVerifier sunEc = new ECDSAVerifier(key.toECPublicKey());
        Predicate<String> gatewayCheck = token -> verifier.verify(token).block() != null;
        Predicate<String> sunEcSignatureOnly = token -> {
            try {
                return SignedJWT.parse(token).verify(sunEc);
            } catch (Exception e) {
                return false;
            }
        };

        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("Token checks, %d distinct ES256 tokens, %d cores, Java %s%n",
                DISTINCT_TOKENS, cores, System.getProperty("java.version"));
        // The JIT needs a few seconds of BouncyCastle's field arithmetic before the figures settle.
        measure(gatewayCheck, tokens, cores, WARM_UP);
        for (int threads : new int[] {1, cores}) {
            run("gateway TokenVerifier (BouncyCastle)", gatewayCheck, tokens, threads);
        }
        run("nimbus + SunEC, signature only", sunEcSignatureOnly, tokens, cores);
    }

    private static void run(String name, Predicate<String> check, List<String> tokens, int threads) throws Exception {
        measure(check, tokens, threads, Duration.ofSeconds(1));
        long checks = measure(check, tokens, threads, MEASURE);
        System.out.printf("  %-38s %2d thread(s): %,10.0f checks/s%n", name, threads,
                checks / (MEASURE.toNanos() / 1e9));
    }

    private static long measure(Predicate<String> check, List<String> tokens, int threads, Duration duration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long deadline = System.nanoTime() + duration.toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t * 997;
                counts.add(pool.submit(() -> {
                    long done = 0;
                    for (int i = offset; System.nanoTime() < deadline; i++) {
                        if (!check.test(tokens.get(i % tokens.size()))) {
                            throw new IllegalStateException("a valid token was refused");
                        }
                        done++;
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }
}
