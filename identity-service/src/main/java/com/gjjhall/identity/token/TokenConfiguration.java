package com.gjjhall.identity.token;

import com.gjjhall.servicekit.security.TokenVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/**
 * identity-service verifies its own tokens from its own key table rather than over HTTP, and refuses
 * revoked sessions. Time comes from one {@link Clock} bean, so tests can move it.
 */
@Configuration
@EnableScheduling
class TokenConfiguration {

    @Bean
    TokenVerifier tokenVerifier(SigningKeys keys, RevokedSessions revoked) {
        JWKSource<SecurityContext> local = (selector, context) -> selector.select(keys.publicKeys());
        return new RevocationAwareTokenVerifier(local, revoked);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
