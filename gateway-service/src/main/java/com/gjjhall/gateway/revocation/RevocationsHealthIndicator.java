package com.gjjhall.gateway.revocation;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Not ready until the logouts of the last token lifetime are read: a fresh gateway instance must not let a
 * revoked token through. Once caught up it stays up; if the broker goes away later, the gateway keeps
 * serving with what it knows (an outage of the hall would be worse than a revocation arriving late).
 */
public final class RevocationsHealthIndicator implements HealthIndicator {

    private final RevokedTokens revoked;

    public RevocationsHealthIndicator(RevokedTokens revoked) {
        this.revoked = revoked;
    }

    @Override
    public Health health() {
        Health.Builder health = revoked.isCaughtUp() ? Health.up() : Health.outOfService();
        return health.withDetail("revokedTokens", revoked.size()).build();
    }
}
