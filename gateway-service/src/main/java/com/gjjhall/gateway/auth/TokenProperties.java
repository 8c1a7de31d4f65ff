package com.gjjhall.gateway.auth;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway checks identity-service's tokens ({@code gjj.tokens.*}).
 *
 * @param jwksUri              the JWK set with identity-service's public signing keys
 * @param clockSkew            tolerated clock difference with identity-service for {@code exp}/{@code nbf}/{@code iat}
 * @param keysMaxAge           known keys are fetched again after this long, so a withdrawn key stops working
 * @param keysRefreshMinInterval at most one fetch per interval, so tokens with made-up key ids cannot flood identity-service
 * @param keysFetchTimeout     a fetch slower than this counts as failed
 */
@ConfigurationProperties("gjj.tokens")
public record TokenProperties(
        @DefaultValue("http://localhost:8081/api/identity/jwks") URI jwksUri,
        @DefaultValue("30s") Duration clockSkew,
        @DefaultValue("10m") Duration keysMaxAge,
        @DefaultValue("5s") Duration keysRefreshMinInterval,
        @DefaultValue("3s") Duration keysFetchTimeout) {
}
