package com.gjjhall.identity.token;

import com.gjjhall.identity.directory.OperatorDirectory;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Signs the short-lived tokens that the gateway and every service verify. The token says which operator
 * ({@code sub}) acts for which unit ({@code unit}): what maker-checker rules compare where a review happens.
 */
@Component
public class TokenIssuer {

    /** A token, its id ({@code jti}, the session id) and when it stops working. */
    public record IssuedToken(String token, String id, Instant expiresAt) {

        @Override
        public String toString() {
            return "IssuedToken[id=" + id + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final SigningKeys keys;
    private final Clock clock;
    private final Duration lifetime;
    private volatile KeyedSigner signer;

    public TokenIssuer(SigningKeys keys, Clock clock, @Value("${gjj.tokens.lifetime:30m}") Duration lifetime) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public IssuedToken issue(OperatorDirectory.Entry operator) {
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        String id = UUID.randomUUID().toString();
        ECKey key = keys.current();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("gjj-hall/identity")
                .subject(operator.operatorId())
                .claim("unit", operator.unitId())
                .claim("login", operator.loginName())
                .claim("roles", new TreeSet<>(operator.roles()).stream().toList())
                .jwtID(id)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signerFor(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return new IssuedToken(jwt.serialize(), id, expires);
    }

    private Es256Signer signerFor(ECKey key) throws JOSEException {
        KeyedSigner cached = signer;
        if (cached == null || !cached.keyId().equals(key.getKeyID())) {
            cached = new KeyedSigner(key.getKeyID(), new Es256Signer(key));
            signer = cached;
        }
        return cached.signer();
    }

    private record KeyedSigner(String keyId, Es256Signer signer) {
    }
}
