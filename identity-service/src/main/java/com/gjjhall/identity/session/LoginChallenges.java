package com.gjjhall.identity.session;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Fresh server challenges for the USB key to sign: random, short-lived and single-use. They live in the
 * database so any instance can check a challenge another issued; using one deletes it.
 */
@Component
class LoginChallenges {

    /** A challenge and until when it may be used. */
    record Challenge(String challenge, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int MAX_LENGTH = 64;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lifetime;

    LoginChallenges(JdbcTemplate jdbc, Clock clock, @Value("${gjj.login.challenge-lifetime:2m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Challenge issue() {
        byte[] random = new byte[BYTES];
        RANDOM.nextBytes(random);
        Challenge challenge = new Challenge(Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                clock.instant().plus(lifetime));
        jdbc.update("insert into login_challenge (challenge, expires_at) values (?, ?)",
                challenge.challenge(), Timestamp.from(challenge.expiresAt()));
        return challenge;
    }

    /** Uses up {@code challenge}: true the first time, while it is fresh; false ever after. */
    boolean consume(String challenge) {
        if (challenge == null || challenge.isBlank() || challenge.length() > MAX_LENGTH) {
            return false;
        }
        List<Timestamp> expiry = jdbc.queryForList(
                "delete from login_challenge where challenge = ? returning expires_at", Timestamp.class, challenge);
        return !expiry.isEmpty() && clock.instant().isBefore(expiry.get(0).toInstant());
    }

    @Scheduled(fixedDelayString = "${gjj.login.challenge-purge-interval:1m}")
    void forgetExpired() {
        jdbc.update("delete from login_challenge where expires_at < ?", Timestamp.from(clock.instant()));
    }
}
