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
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies the tokens identity-service signs (ES256), with its published key set, cached and refreshed
 * when an unknown key id appears (key rotation). Every service checks tokens itself, not only the gateway.
 */
public class TokenVerifier {

    private static final Set<String> REQUIRED = Set.of("sub", "unit", "exp", "iat", "jti");

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public TokenVerifier(String jwksUri) {
        this(jwkSource(jwksUri));
    }

    public TokenVerifier(JWKSource<SecurityContext> keys) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null, REQUIRED));
    }

    private static JWKSource<SecurityContext> jwkSource(String jwksUri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(URI.create(jwksUri).toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("gjj.tokens.jwks-uri is not a URL: " + jwksUri, e);
        }
    }

    public CurrentOperator verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            List<String> roles = claims.getStringListClaim("roles");
            return new CurrentOperator(claims.getSubject(), claims.getStringClaim("unit"),
                    claims.getStringClaim("login"), roles == null ? Set.of() : new HashSet<>(roles));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        }
    }
}
