package com.gjjhall.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Tokens in identity-service's format (ES256, claims {@code sub unit login roles jti iat exp}) for
 * service-level tests, signed by a key whose JWK set this JVM serves over HTTP, as identity-service
 * would. Tests that run identity-service itself use its real tokens instead.
 */
public final class TestTokens {

    private static volatile TestTokens instance;

    private final ECKey key;
    private final String jwksUri;

    private TestTokens() {
        try {
            key = new ECKeyGenerator(Curve.P_256).keyID("test-" + UUID.randomUUID()).generate();
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(jwks);
                }
            });
            server.start();
            jwksUri = "http://localhost:" + server.getAddress().getPort() + "/jwks";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static TestTokens get() {
        TestTokens local = instance;
        if (local == null) {
            synchronized (TestTokens.class) {
                if (instance == null) {
                    instance = new TestTokens();
                }
                local = instance;
            }
        }
        return local;
    }

    /** Where services under test fetch the keys ({@code gjj.tokens.jwks-uri}). */
    public String jwksUri() {
        return jwksUri;
    }

    /** A token valid for 30 minutes for an operator of {@code unitId} with the given roles. */
    public String issue(String operatorId, String unitId, String... roles) {
        return issue(operatorId, unitId, Instant.now(), Duration.ofMinutes(30), roles);
    }

    /** A token that expired a minute ago. */
    public String expired(String operatorId, String unitId, String... roles) {
        return issue(operatorId, unitId, Instant.now().minus(Duration.ofMinutes(31)), Duration.ofMinutes(30), roles);
    }

    private String issue(String operatorId, String unitId, Instant issuedAt, Duration lifetime, String... roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("gjj-hall/identity")
                .subject(operatorId)
                .claim("unit", unitId)
                .claim("login", operatorId.toLowerCase())
                .claim("roles", List.of(roles))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
