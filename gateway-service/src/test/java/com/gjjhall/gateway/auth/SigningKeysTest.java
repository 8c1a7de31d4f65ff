package com.gjjhall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import com.gjjhall.testkit.SettableClock;
import com.gjjhall.gateway.support.TestTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class SigningKeysTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    private static final ECKey KEY_1 = TestTokens.newSigningKey("key-1");
    private static final ECKey KEY_2 = TestTokens.newSigningKey("key-2");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-07-01T02:00:00Z"));
    private final AtomicReference<List<JWK>> published = new AtomicReference<>(List.of(KEY_1));
    private final AtomicBoolean identityServiceDown = new AtomicBoolean();
    private final AtomicInteger fetches = new AtomicInteger();

    private final SigningKeys keys = new SigningKeys(Mono.defer(() -> {
        fetches.incrementAndGet();
        return identityServiceDown.get()
                ? Mono.error(new IOException("connection refused"))
                : Mono.just(new JWKSet(published.get().stream().map(JWK::toPublicJWK).toList()).toString());
    }), clock, MAX_AGE, MIN_INTERVAL);

    @Test
    void keysAreFetchedOnceAndThenServedFromMemory() {
        for (int i = 0; i < 3; i++) {
            StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void requestsArrivingDuringAFetchWaitForThatSameFetch() {
        Sinks.One<String> response = Sinks.one();
        AtomicInteger slowFetches = new AtomicInteger();
        SigningKeys slowKeys = new SigningKeys(Mono.defer(() -> {
            slowFetches.incrementAndGet();
            return response.asMono();
        }), clock, MAX_AGE, MIN_INTERVAL);

        List<JWSVerifier> found = new CopyOnWriteArrayList<>();
        slowKeys.verifierFor("key-1").subscribe(found::add);
        slowKeys.verifierFor("key-1").subscribe(found::add);
        response.tryEmitValue(new JWKSet(KEY_1.toPublicJWK()).toString());

        assertThat(found).hasSize(2);
        assertThat(slowFetches).hasValue(1);
    }

    @Test
    void aNewlyPublishedKeyIsFoundByFetchingTheKeySetAgain() {
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        published.set(List.of(KEY_1, KEY_2));
        clock.advance(MIN_INTERVAL);

        StepVerifier.create(keys.verifierFor("key-2")).expectNextCount(1).verifyComplete();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void madeUpKeyIdsCauseAtMostOneFetchPerInterval() {
        StepVerifier.create(keys.verifierFor("made-up-1")).verifyComplete();
        StepVerifier.create(keys.verifierFor("made-up-2")).verifyComplete();
        StepVerifier.create(keys.verifierFor("made-up-3")).verifyComplete();
        assertThat(fetches).hasValue(1);

        clock.advance(MIN_INTERVAL);
        StepVerifier.create(keys.verifierFor("made-up-4")).verifyComplete();
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aWithdrawnKeyStopsWorkingOnceTheKeysAreOld() {
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        published.set(List.of(KEY_2));

        clock.advance(MAX_AGE.minusSeconds(1));
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        clock.advance(Duration.ofSeconds(1));
        StepVerifier.create(keys.verifierFor("key-1")).verifyComplete();
    }

    @Test
    void knownKeysStayInUseWhileIdentityServiceIsDown() {
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        identityServiceDown.set(true);
        clock.advance(MAX_AGE);

        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
        assertThat(fetches).as("one failed attempt, then the interval holds").hasValue(2);
    }

    @Test
    void withoutTheKeySetTokensCannotBeCheckedSoTheGatewayIsUnavailableRatherThanRefusing() {
        identityServiceDown.set(true);

        assertUnavailable(keys.verifierFor("key-1"));
        assertUnavailable(keys.verifierFor("key-1"));
        assertThat(fetches).hasValue(1);

        identityServiceDown.set(false);
        clock.advance(MIN_INTERVAL);
        StepVerifier.create(keys.verifierFor("key-1")).expectNextCount(1).verifyComplete();
    }

    @Test
    void onlyP256SigningKeysWithAKeyIdAreUsed() throws JOSEException {
        ECKey withoutId = new ECKeyGenerator(Curve.P_256).generate();
        ECKey p384 = new ECKeyGenerator(Curve.P_384).keyID("p384").generate();
        ECKey forEncryption = new ECKeyGenerator(Curve.P_256).keyID("enc").keyUse(KeyUse.ENCRYPTION).generate();
        JWK rsa = new RSAKeyGenerator(2048).keyID("rsa").generate();
        String json = new JWKSet(List.of(withoutId.toPublicJWK(), p384.toPublicJWK(), forEncryption.toPublicJWK(),
                rsa.toPublicJWK(), KEY_1.toPublicJWK())).toString();

        assertThat(SigningKeys.parse(json, clock.instant()).verifiers()).containsOnlyKeys("key-1");
    }

    private static void assertUnavailable(Mono<JWSVerifier> lookup) {
        StepVerifier.create(lookup)
                .expectErrorSatisfies(failure -> assertThat(failure)
                        .isInstanceOfSatisfying(GatewayException.class,
                                unavailable -> assertThat(unavailable.error()).isEqualTo(GatewayError.SERVICE_UNAVAILABLE)))
                .verify();
    }
}
