package com.gjjhall.account.view;

import com.gjjhall.account.employee.AccountStatus;
import com.gjjhall.account.shared.DepositCalculator;
import com.gjjhall.account.shared.Yuan;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads employee rows (with the unit's rates and the department's name) into views: queries and exports share it. */
@Component
public class EmployeeRows implements RowMapper<EmployeeView> {

    public static final String SELECT = """
            select e.personal_account_number, e.name, e.id_number, e.mobile, e.department_id, d.name, e.status,
                   e.base_fen, e.base_from_month, u.unit_rate, u.personal_rate, e.balance_fen, e.start_month,
                   e.sealed_from_month, e.last_credited_month, e.opened_at
            from employee_account e
            join unit_account u on u.unit_id = e.unit_id
            left join department d on d.unit_id = e.unit_id and d.department_id = e.department_id
            """;

    private final DepositCalculator deposits;

    public EmployeeRows(DepositCalculator deposits) {
        this.deposits = deposits;
    }

    @Override
    public EmployeeView mapRow(ResultSet rs, int rowNum) throws SQLException {
        AccountStatus status = AccountStatus.ofCode(rs.getString(7));
        long base = rs.getLong(8);
        int unitRate = rs.getInt(10);
        int personalRate = rs.getInt(11);
        long monthly = status == AccountStatus.ACTIVE ? deposits.monthly(base, unitRate, personalRate) : 0;
        long balance = rs.getLong(12);
        return new EmployeeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), status.code(), status.label(), base, Yuan.format(base), rs.getString(9), unitRate,
                personalRate, monthly, Yuan.format(monthly), balance, Yuan.format(balance), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getTimestamp(16).toInstant());
    }
}
