package com.gjjhall.identity.token;

import com.gjjhall.servicekit.security.TokenVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** identity-service verifies its own tokens from its own key table rather than over HTTP. */
@Configuration
class TokenConfiguration {

    @Bean
    TokenVerifier tokenVerifier(SigningKeys keys) {
        JWKSource<SecurityContext> local = (selector, context) -> selector.select(keys.publicKeys());
        return new TokenVerifier(local);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
