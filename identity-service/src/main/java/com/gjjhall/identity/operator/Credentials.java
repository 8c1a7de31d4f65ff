package com.gjjhall.identity.operator;

import com.gjjhall.identity.password.PasswordHashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Operators' passwords, as Argon2id hashes in their own table: never in events, logs or errors. */
@Component
public class Credentials {

    private final JdbcTemplate jdbc;
    private final PasswordHashing hashing;

    public Credentials(JdbcTemplate jdbc, PasswordHashing hashing) {
        this.jdbc = jdbc;
        this.hashing = hashing;
    }

    public void set(String operatorId, String password) {
        jdbc.update("""
                insert into operator_credential (operator_id, password_hash) values (?, ?)
                on conflict (operator_id) do update set password_hash = excluded.password_hash, changed_at = now()""",
                operatorId, hashing.hash(password));
    }

    /** Whether the password is right; a right one stored with weaker parameters than today's is hashed again. */
    public boolean matches(String operatorId, String password) {
        List<String> hashes = jdbc.queryForList(
                "select password_hash from operator_credential where operator_id = ?", String.class, operatorId);
        boolean matches = !hashes.isEmpty() && hashing.matches(password, hashes.get(0));
        if (matches && hashing.isWeakerThanConfigured(hashes.get(0))) {
            jdbc.update("update operator_credential set password_hash = ? where operator_id = ? and password_hash = ?",
                    hashing.hash(password), operatorId, hashes.get(0));
        }
        return matches;
    }
}
