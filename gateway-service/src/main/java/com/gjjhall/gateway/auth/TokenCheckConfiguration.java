package com.gjjhall.gateway.auth;

import java.time.Clock;

import com.gjjhall.gateway.revocation.RevocationListener;
import com.gjjhall.gateway.revocation.RevocationProperties;
import com.gjjhall.gateway.revocation.RevocationsHealthIndicator;
import com.gjjhall.gateway.revocation.RevokedTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

@Configuration(proxyBeanMethods = false)
class TokenCheckConfiguration {

    @Bean
    SigningKeys signingKeys(WebClient.Builder webClient, TokenProperties properties) {
        // Non-blocking fetch: it runs on the event loop, in the request that first needs the keys.
        var download = webClient.build().get().uri(properties.jwksUri())
                .retrieve()
                .bodyToMono(String.class)
                .timeout(properties.keysFetchTimeout());
        return new SigningKeys(download, Clock.systemUTC(), properties.keysMaxAge(), properties.keysRefreshMinInterval());
    }

    @Bean
    RevokedTokens revokedTokens() {
        return new RevokedTokens(Clock.systemUTC());
    }

    @Bean
    RevocationListener revocationListener(RevokedTokens revokedTokens, RevocationProperties properties) {
        return new RevocationListener(revokedTokens, properties, Clock.systemUTC());
    }

    @Bean
    RevocationsHealthIndicator revocationsHealthIndicator(RevokedTokens revokedTokens) {
        return new RevocationsHealthIndicator(revokedTokens);
    }

    @Bean
    TokenVerifier tokenVerifier(SigningKeys signingKeys, RevokedTokens revokedTokens, TokenProperties properties) {
        return new TokenVerifier(signingKeys, revokedTokens, Clock.systemUTC(), properties.clockSkew());
    }

    @Bean
    TokenCheckFilter tokenCheckFilter() {
        return new TokenCheckFilter();
    }
}
