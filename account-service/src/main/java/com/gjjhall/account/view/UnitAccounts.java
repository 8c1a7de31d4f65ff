package com.gjjhall.account.view;

import com.gjjhall.account.AccountError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Units' accounts and departments as the views hold them; also what employee commands check against. */
@Component
public class UnitAccounts {

    /** A unit account as operators see it. */
    public record UnitView(String unitId, String unitAccountNumber, String unitName, int unitRatePercent,
                           int personalRatePercent, String ratesFromMonth, String address, String contactName,
                           String contactPhone, boolean closed) {
    }

    public record Department(String departmentId, String name) {
    }

    private final JdbcTemplate jdbc;

    public UnitAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitView> find(String unitId) {
        return jdbc.query("""
                select unit_id, unit_account_number, unit_name, unit_rate, personal_rate, rates_from_month, address,
                       contact_name, contact_phone, closed from unit_account where unit_id = ?""",
                (rs, i) -> new UnitView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getBoolean(10)),
                unitId).stream().findFirst();
    }

    public UnitView require(String unitId) {
        return find(unitId).orElseThrow(() -> new BusinessException(AccountError.UNIT_ACCOUNT_NOT_FOUND));
    }

    public void requireOpen(String unitId) {
        if (require(unitId).closed()) {
            throw new BusinessException(AccountError.UNIT_ACCOUNT_CLOSED);
        }
    }

    /** No department is allowed (the employee is placed in none); a named one must be the unit's own. */
    public void requireDepartment(String unitId, String departmentId) {
        if (departmentId != null && !Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from department where unit_id = ? and department_id = ?)", Boolean.class,
                unitId, departmentId))) {
            throw new BusinessException(AccountError.DEPARTMENT_NOT_FOUND);
        }
    }

    public List<Department> departments(String unitId) {
        return jdbc.query("select department_id, name from department where unit_id = ? order by name",
                (rs, i) -> new Department(rs.getString(1), rs.getString(2)), unitId);
    }
}
