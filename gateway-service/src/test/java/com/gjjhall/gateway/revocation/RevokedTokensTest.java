package com.gjjhall.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.gjjhall.testkit.SettableClock;
import org.junit.jupiter.api.Test;

class RevokedTokensTest {

    private static final Instant NOW = Instant.parse("2026-07-01T02:00:00Z");

    @Test
    void aRevokedTokenIsRememberedOnlyUntilItWouldHaveExpired() {
        SettableClock clock = new SettableClock(NOW);
        RevokedTokens revoked = new RevokedTokens(clock);
        revoked.revoke("jti-1", NOW.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(29));
        revoked.forgetExpired();
        assertThat(revoked.isRevoked("jti-1")).isTrue();

        clock.advance(Duration.ofMinutes(1));
        revoked.forgetExpired();
        assertThat(revoked.isRevoked("jti-1")).as("expired: the expiry check refuses it now").isFalse();
        assertThat(revoked.size()).isZero();
    }

    @Test
    void aLogoutOfAnAlreadyExpiredTokenIsNotKept() {
        RevokedTokens revoked = new RevokedTokens(new SettableClock(NOW));

        revoked.revoke("jti-old", NOW.minusSeconds(1));

        assertThat(revoked.size()).isZero();
    }

    @Test
    void aTokenWithoutIdIsNotRevoked() {
        assertThat(new RevokedTokens(new SettableClock(NOW)).isRevoked(null)).isFalse();
    }
}
