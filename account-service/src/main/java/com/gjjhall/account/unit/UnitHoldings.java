package com.gjjhall.account.unit;

import com.gjjhall.account.employee.AccountStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a unit holds, from the account views: set-based facts its aggregate cannot know alone. */
@Component
public class UnitHoldings {

    private final JdbcTemplate jdbc;

    public UnitHoldings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int employeesIn(String unitId, String departmentId) {
        return jdbc.queryForObject("select count(*) from employee_account where unit_id = ? and department_id = ?",
                Integer.class, unitId, departmentId);
    }

    public int activeEmployees(String unitId) {
        return jdbc.queryForObject("select count(*) from employee_account where unit_id = ? and status = ?",
                Integer.class, unitId, AccountStatus.ACTIVE.code());
    }

    public long balanceFen(String unitId) {
        return jdbc.queryForObject("select coalesce(sum(balance_fen), 0) from employee_account where unit_id = ?",
                Long.class, unitId);
    }
}
