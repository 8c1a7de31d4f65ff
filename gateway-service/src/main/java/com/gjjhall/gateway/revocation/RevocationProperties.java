package com.gjjhall.gateway.revocation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the gateway learns of logouts ({@code gjj.tokens.revocations.*}).
 *
 * @param bootstrapServers the Kafka broker carrying {@code identity.events}
 * @param lookback         how far back to read at start: longer than a token's life (30 min) plus clock skew
 */
@ConfigurationProperties("gjj.tokens.revocations")
public record RevocationProperties(
        @DefaultValue("localhost:9092") String bootstrapServers,
        @DefaultValue("1h") Duration lookback) {
}
