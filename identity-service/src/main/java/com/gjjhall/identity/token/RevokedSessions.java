package com.gjjhall.identity.token;

import com.gjjhall.identity.operator.SessionRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Tokens revoked before they expire (logout), kept until they would have expired. Written in the logout
 * command's transaction, so the very next request with the token is refused here.
 */
@Component
@ProcessingGroup("directory")
public class RevokedSessions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RevokedSessions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(SessionRevoked event) {
        jdbc.update("""
                insert into revoked_session (jti, operator_id, expires_at, revoked_at) values (?, ?, ?, ?)
                on conflict do nothing""",
                event.sessionId(), event.operatorId(), Timestamp.from(event.expiresAt()),
                Timestamp.from(event.revokedAt()));
    }

    public boolean isRevoked(String jti) {
        return jti != null && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from revoked_session where jti = ?)", Boolean.class, jti));
    }

    @Scheduled(fixedDelayString = "${gjj.tokens.revocation-purge-interval:10m}")
    void forgetExpired() {
        jdbc.update("delete from revoked_session where expires_at < ?", Timestamp.from(clock.instant()));
    }
}
