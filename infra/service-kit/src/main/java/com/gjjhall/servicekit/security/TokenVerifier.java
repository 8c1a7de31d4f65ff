package com.gjjhall.servicekit.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the tokens identity-service signs (ES256), with its published key set, cached and refreshed
 * when an unknown key id appears (key rotation). Every service checks tokens itself, not only the gateway.
 *
 * <p>A web client sends the same token with every request for the token's whole life, and checking an ES256
 * signature costs more than most requests. So a token whose signature and claims held is remembered (by its
 * SHA-256, never the token itself) until it expires: the next request with the very same token only has its
 * expiry checked again. A token differing in any character is a different token and is verified in full. At most
 * {@value #REMEMBERED_TOKENS} are remembered; the expired ones are forgotten first, all of them if none has.
 */
public class TokenVerifier {

    static final int REMEMBERED_TOKENS = 10_000;

    private static final Set<String> REQUIRED = Set.of("sub", "unit", "exp", "iat", "jti");

    private record Verified(CurrentOperator operator, String sessionId, Instant expiresAt) {
    }

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int rememberedTokens;

    public TokenVerifier(String jwksUri) {
        this(jwkSource(jwksUri));
    }

    public TokenVerifier(JWKSource<SecurityContext> keys) {
        this(keys, Clock.systemUTC());
    }

    public TokenVerifier(JWKSource<SecurityContext> keys, Clock clock) {
        this(keys, clock, REMEMBERED_TOKENS);
    }

    TokenVerifier(JWKSource<SecurityContext> keys, Clock clock, int rememberedTokens) {
        this.clock = clock;
        this.rememberedTokens = rememberedTokens;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, REQUIRED) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        });
    }

    private static JWKSource<SecurityContext> jwkSource(String jwksUri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri).toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("gjj.tokens.jwks-uri is not a URL: " + jwksUri, e);
        }
    }

    public CurrentOperator verify(String token) {
        if (token == null) {
            throw new InvalidTokenException("token refused: none", null);
        }
        String fingerprint = fingerprint(token);
        Instant now = clock.instant();
        Verified known = verified.get(fingerprint);
        if (known == null || !now.isBefore(known.expiresAt())) {
            known = check(token);
            remember(fingerprint, known, now);
        }
        refuseIfEnded(known.sessionId());
        return known.operator();
    }

    /**
     * Called on every request, its token remembered or not, with the token's session ({@code jti}): a service that
     * knows of ended sessions (identity-service: logouts) refuses them here with {@link InvalidTokenException}.
     */
    protected void refuseIfEnded(String sessionId) {
    }

    private Verified check(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> roles = claims.getStringListClaim("roles");
            return new Verified(new CurrentOperator(claims.getSubject(), claims.getStringClaim("unit"),
                    claims.getStringClaim("login"), roles == null ? Set.of() : new HashSet<>(roles)),
                    claims.getJWTID(), claims.getExpirationTime().toInstant());
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        }
    }

    private void remember(String fingerprint, Verified checked, Instant now) {
        if (verified.size() >= rememberedTokens) {
            verified.values().removeIf(v -> !now.isBefore(v.expiresAt()));
            if (verified.size() >= rememberedTokens) {
                verified.clear();
            }
        }
        verified.put(fingerprint, checked);
    }

    private static String fingerprint(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
