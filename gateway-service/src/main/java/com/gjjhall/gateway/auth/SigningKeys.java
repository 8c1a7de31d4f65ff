package com.gjjhall.gateway.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * identity-service's public signing keys, by key id, as ready-made verifiers.
 *
 * <p>Fetched without blocking (the {@code download} publisher), kept until {@code maxAge}, fetched again
 * when a token names a key id not seen yet. Concurrent requests share one fetch, and fetches are at
 * least {@code minRefreshInterval} apart. When a fetch fails, keys already known stay in use.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final Mono<String> download;
    private final Clock clock;
    private final Duration maxAge;
    private final Duration minRefreshInterval;

    private final AtomicReference<Mono<KeySet>> inflight = new AtomicReference<>();
    private volatile KeySet current = new KeySet(Map.of(), Instant.MIN);
    private volatile Instant lastAttempt = Instant.MIN;
    private volatile boolean lastAttemptFailed;

    /**
     * @param download a cold publisher of the JWK set JSON; each subscription fetches it again
     */
    public SigningKeys(Mono<String> download, Clock clock, Duration maxAge, Duration minRefreshInterval) {
        this.download = download;
        this.clock = clock;
        this.maxAge = maxAge;
        this.minRefreshInterval = minRefreshInterval;
    }

    /**
     * The verifier for {@code keyId}; empty when identity-service publishes no such key; an error
     * ({@link GatewayError#SERVICE_UNAVAILABLE}) when the key is unknown and the key set cannot be fetched.
     */
    public Mono<JWSVerifier> verifierFor(String keyId) {
        Instant now = clock.instant();
        KeySet keys = current;
        JWSVerifier known = keys.verifiers().get(keyId);
        boolean mayFetch = inflight.get() != null || !now.isBefore(lastAttempt.plus(minRefreshInterval));
        if (known != null && (!mayFetch || now.isBefore(keys.fetchedAt().plus(maxAge)))) {
            return Mono.just(known);
        }
        if (!mayFetch) {
            return lastAttemptFailed ? Mono.error(unavailable(null)) : Mono.empty();
        }
        return refresh()
                .mapNotNull(fresh -> fresh.verifiers().get(keyId))
                .onErrorResume(failure -> known != null ? Mono.just(known) : Mono.error(unavailable(failure)));
    }

    private Mono<KeySet> refresh() {
        while (true) {
            Mono<KeySet> running = inflight.get();
            if (running != null) {
                return running;
            }
            Mono<KeySet> fetch = Mono.defer(() -> {
                        lastAttempt = clock.instant();
                        return download;
                    })
                    .map(json -> parse(json, clock.instant()))
                    .doOnNext(keys -> {
                        current = keys;
                        lastAttemptFailed = false;
                        log.info("Loaded {} token signing key(s): {}", keys.verifiers().size(), keys.verifiers().keySet());
                    })
                    .doOnError(failure -> {
                        lastAttemptFailed = true;
                        log.warn("Could not load the token signing keys: {}", failure.toString());
                    })
                    .doFinally(signal -> inflight.set(null))
                    .cache();
            if (inflight.compareAndSet(null, fetch)) {
                return fetch;
            }
        }
    }

    /** Keeps the ES256 P-256 signing keys that have a key id; anything else in the set is ignored. */
    static KeySet parse(String json, Instant fetchedAt) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Not a JWK set: " + e.getMessage(), e);
        }
        Map<String, JWSVerifier> verifiers = new HashMap<>();
        for (JWK jwk : set.getKeys()) {
            if (jwk instanceof ECKey ec && usableForEs256(ec)) {
                try {
                    verifiers.put(ec.getKeyID(), verifier(ec));
                } catch (JOSEException | GeneralSecurityException e) {
                    log.warn("Skipping signing key {}: {}", ec.getKeyID(), e.toString());
                }
            }
        }
        return new KeySet(Map.copyOf(verifiers), fetchedAt);
    }

    private static boolean usableForEs256(ECKey key) {
        return key.getKeyID() != null
                && Curve.P_256.equals(key.getCurve())
                && (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                && (key.getAlgorithm() == null || JWSAlgorithm.ES256.equals(key.getAlgorithm()));
    }

    /** A BouncyCastle key and provider: verifying with them is about ten times faster than with SunEC. */
    static JWSVerifier verifier(ECKey key) throws JOSEException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("EC", BouncyCastleProviderSingleton.getInstance());
        ECPublicKey publicKey = (ECPublicKey) factory.generatePublic(
                new X509EncodedKeySpec(key.toECPublicKey().getEncoded()));
        ECDSAVerifier verifier = new ECDSAVerifier(publicKey);
        verifier.getJCAContext().setProvider(BouncyCastleProviderSingleton.getInstance());
        return verifier;
    }

    private static GatewayException unavailable(Throwable cause) {
        return new GatewayException(GatewayError.SERVICE_UNAVAILABLE, "token signing keys unavailable", cause);
    }

    record KeySet(Map<String, JWSVerifier> verifiers, Instant fetchedAt) {
    }
}
