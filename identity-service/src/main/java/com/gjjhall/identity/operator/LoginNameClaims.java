package com.gjjhall.identity.operator;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A login name is claimed in the registering command's transaction: two operators never share one. */
@Component
public class LoginNameClaims {

    private final JdbcTemplate jdbc;

    public LoginNameClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(LoginName name, String operatorId) {
        int claimed = jdbc.update("""
                insert into login_name_claim (login_name_key, operator_id) values (?, ?) on conflict do nothing""",
                name.key(), operatorId);
        if (claimed == 0) {
            throw new BusinessException(IdentityError.LOGIN_NAME_TAKEN);
        }
    }

    /** Lets another operator take the name later (after a login-name reset). */
    public void release(LoginName name, String operatorId) {
        jdbc.update("delete from login_name_claim where login_name_key = ? and operator_id = ?", name.key(), operatorId);
    }

    public boolean isClaimed(LoginName name) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from login_name_claim where login_name_key = ?)", Boolean.class, name.key()));
    }
}
