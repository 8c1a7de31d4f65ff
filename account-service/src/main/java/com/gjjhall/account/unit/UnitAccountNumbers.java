package com.gjjhall.account.unit;

import com.gjjhall.account.AccountError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Unit account numbers (单位账号): the centre's existing number when the clerk gives one, the next free
 * number otherwise; claimed in the opening command's transaction so two units never share one.
 */
@Component
public class UnitAccountNumbers {

    private final JdbcTemplate jdbc;

    public UnitAccountNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String claim(String requested, String unitId) {
        refuseIfOpened(unitId);
        String number = requested != null ? requested
                : String.valueOf(jdbc.queryForObject("select nextval('unit_account_number_seq')", Long.class));
        int claimed = jdbc.update("""
                insert into unit_account_number_claim (unit_account_number, unit_id) values (?, ?)
                on conflict do nothing""", number, unitId);
        if (claimed == 0) {
            // The insert waited for a concurrent claim to commit: the same unit's opening, or another unit's number.
            refuseIfOpened(unitId);
            throw new BusinessException(AccountError.UNIT_ACCOUNT_NUMBER_TAKEN);
        }
        return number;
    }

    private void refuseIfOpened(String unitId) {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from unit_account_number_claim where unit_id = ?)", Boolean.class, unitId))) {
            throw new BusinessException(AccountError.UNIT_ACCOUNT_EXISTS);
        }
    }
}
