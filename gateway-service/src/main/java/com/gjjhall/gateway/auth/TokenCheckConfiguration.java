package com.gjjhall.gateway.auth;

import java.time.Clock;

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
    TokenVerifier tokenVerifier(SigningKeys signingKeys, TokenProperties properties) {
        return new TokenVerifier(signingKeys, Clock.systemUTC(), properties.clockSkew());
    }

    @Bean
    TokenCheckFilter tokenCheckFilter(TokenVerifier tokenVerifier) {
        return new TokenCheckFilter(tokenVerifier);
    }
}
