package com.gjjhall.identity.unit;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One enrolment per unified social credit code, claimed in the enrolling command's transaction. */
@Component
public class UnitCodeClaims {

    private final JdbcTemplate jdbc;

    public UnitCodeClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void claim(UnifiedSocialCreditCode code, String unitId) {
        int claimed = jdbc.update("""
                insert into unit_code_claim (unified_social_credit_code, unit_id) values (?, ?)
                on conflict do nothing""", code.value(), unitId);
        if (claimed == 0) {
            throw new BusinessException(IdentityError.UNIT_ALREADY_ENROLLED);
        }
    }

    public boolean isEnrolled(UnifiedSocialCreditCode code) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from unit_code_claim where unified_social_credit_code = ?)",
                Boolean.class, code.value()));
    }
}
