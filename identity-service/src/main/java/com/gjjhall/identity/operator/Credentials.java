package com.gjjhall.identity.operator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import java.util.List;

/** Operators' passwords, as Argon2id hashes in their own table: never in events, logs or errors. */
@Component
public class Credentials {

    private final JdbcTemplate jdbc;
    private final Argon2PasswordEncoder hashing = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    public Credentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void set(String operatorId, String password) {
        jdbc.update("""
                insert into operator_credential (operator_id, password_hash) values (?, ?)
                on conflict (operator_id) do update set password_hash = excluded.password_hash, changed_at = now()""",
                operatorId, hashing.encode(password));
    }

    public boolean matches(String operatorId, String password) {
        List<String> hashes = jdbc.queryForList(
                "select password_hash from operator_credential where operator_id = ?", String.class, operatorId);
        return !hashes.isEmpty() && password != null && hashing.matches(password, hashes.get(0));
    }
}
