package com.gjjhall.gateway.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import com.gjjhall.gateway.revocation.RevokedTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Mono;

/**
 * Checks an identity-service token: ES256 only (so never {@code none} or an HMAC "signed" with the public
 * key), signed by a published key, within its validity window, not revoked by a logout, naming an
 * operator and a unit.
 * Every refusal is a {@link GatewayError#UNAUTHENTICATED}; its reason goes to the log, never to the client.
 */
public final class TokenVerifier {

    private final SigningKeys keys;
    private final RevokedTokens revoked;
    private final Clock clock;
    private final Duration clockSkew;

    public TokenVerifier(SigningKeys keys, RevokedTokens revoked, Clock clock, Duration clockSkew) {
        this.keys = keys;
        this.revoked = revoked;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    public Mono<Operator> verify(String token) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return Mono.error(refused("malformed token: " + e.getMessage()));
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return Mono.error(refused("algorithm " + jwt.getHeader().getAlgorithm() + " is not accepted"));
        }
        String keyId = jwt.getHeader().getKeyID();
        if (keyId == null) {
            return Mono.error(refused("token names no key"));
        }
        return keys.verifierFor(keyId)
                .switchIfEmpty(Mono.error(() -> refused("unknown key " + keyId)))
                .map(verifier -> check(jwt, verifier));
    }

    private Operator check(SignedJWT jwt, JWSVerifier verifier) {
        if (!signatureHolds(jwt, verifier)) {
            throw refused("signature does not match key " + jwt.getHeader().getKeyID());
        }
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            checkValidity(claims);
            if (revoked.isRevoked(claims.getJWTID())) {
                throw refused("token " + claims.getJWTID() + " was revoked by a logout");
            }
            return new Operator(
                    required(claims.getSubject(), "sub"),
                    required(claims.getStringClaim("unit"), "unit"),
                    roles(claims.getStringListClaim("roles")));
        } catch (ParseException e) {
            throw refused("unreadable claims: " + e.getMessage());
        }
    }

    private static boolean signatureHolds(SignedJWT jwt, JWSVerifier verifier) {
        try {
            return jwt.verify(verifier);
        } catch (JOSEException e) {
            return false;
        }
    }

    private void checkValidity(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw refused("token has no expiry");
        }
        if (!now.isBefore(expires.toInstant().plus(clockSkew))) {
            throw refused("token expired at " + expires.toInstant());
        }
        Instant latestAcceptableStart = now.plus(clockSkew);
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && notBefore.toInstant().isAfter(latestAcceptableStart)) {
            throw refused("token not valid before " + notBefore.toInstant());
        }
        Date issued = claims.getIssueTime();
        if (issued != null && issued.toInstant().isAfter(latestAcceptableStart)) {
            throw refused("token issued in the future, at " + issued.toInstant());
        }
    }

    /** Values become request headers downstream: they must be plain, non-blank text. */
    private static String required(String value, String claim) {
        if (value == null || value.isBlank() || !isHeaderSafe(value)) {
            throw refused("claim " + claim + " is missing or not plain text");
        }
        return value;
    }

    private static List<String> roles(List<String> roles) {
        if (roles == null) {
            return List.of();
        }
        for (String role : roles) {
            if (role == null || role.isBlank() || role.indexOf(',') >= 0 || !isHeaderSafe(role)) {
                throw refused("claim roles holds an unusable role");
            }
        }
        return roles;
    }

    private static boolean isHeaderSafe(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static GatewayException refused(String reason) {
        return new GatewayException(GatewayError.UNAUTHENTICATED, reason);
    }
}
