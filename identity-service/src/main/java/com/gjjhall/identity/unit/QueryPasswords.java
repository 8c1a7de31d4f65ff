package com.gjjhall.identity.unit;

import com.gjjhall.identity.password.PasswordHashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Units' query passwords (查询密码), as Argon2id hashes beside the aggregate, never in its events. */
@Component
public class QueryPasswords {

    private final JdbcTemplate jdbc;
    private final PasswordHashing hashing;

    public QueryPasswords(JdbcTemplate jdbc, PasswordHashing hashing) {
        this.jdbc = jdbc;
        this.hashing = hashing;
    }

    public void set(String unitId, String password) {
        jdbc.update("""
                insert into unit_query_credential (unit_id, password_hash) values (?, ?)
                on conflict (unit_id) do update set password_hash = excluded.password_hash, changed_at = now()""",
                unitId, hashing.hash(password));
    }
}
