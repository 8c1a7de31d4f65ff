package com.gjjhall.account.view;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.account.shared.DepositCalculator;
import com.gjjhall.account.shared.Yuan;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The operators' queries (基本信息查询), each within the operator's own unit. */
@Component
public class AccountQueries {

    /** 个人明细 / 单位明细 entry. */
    public record LedgerEntry(LocalDate valueDate, String businessTypeCode, String businessType, String month,
                              long amountFen, String amount, Long balanceAfterFen, Integer headcount, String reference,
                              String summary) {
    }

    /** 部门汇总: per department, how many employees in each state and what they contribute and hold. */
    public record DepartmentSummary(String departmentId, String departmentName, int employees, int active, int sealed,
                                    long baseTotalFen, long monthlyDepositTotalFen, String monthlyDepositTotal,
                                    long balanceTotalFen, String balanceTotal) {
    }

    private final JdbcTemplate jdbc;
    private final EmployeeRows rows;
    private final DepositCalculator deposits;

    public AccountQueries(JdbcTemplate jdbc, EmployeeRows rows, DepositCalculator deposits) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.deposits = deposits;
    }

    /** An account of another unit is answered exactly like one that does not exist. */
    public EmployeeView employee(String unitId, String personalAccountNumber) {
        return jdbc.query(EmployeeRows.SELECT + " where e.unit_id = ? and e.personal_account_number = ?", rows,
                unitId, personalAccountNumber).stream().findFirst()
                .orElseThrow(() -> new BusinessException(AccountError.EMPLOYEE_NOT_FOUND));
    }

    public Page<EmployeeView> roster(RosterFilter filter, int page, int size) {
        List<Object> parameters = new ArrayList<>();
        String where = filter.where(parameters);
        long total = jdbc.queryForObject("select count(*) from employee_account e where " + where, Long.class,
                parameters.toArray());
        parameters.add(size);
        parameters.add((long) page * size);
        List<EmployeeView> items = jdbc.query(EmployeeRows.SELECT + " where " + where
                + " order by e.personal_account_number limit ? offset ?", rows, parameters.toArray());
        return new Page<>(items, page, size, total);
    }

    public Page<LedgerEntry> personalLedger(String unitId, String personalAccountNumber, int page, int size) {
        employee(unitId, personalAccountNumber);
        long total = jdbc.queryForObject("select count(*) from personal_ledger where personal_account_number = ?",
                Long.class, personalAccountNumber);
        List<LedgerEntry> items = jdbc.query("""
                select value_date, business_type, month, amount_fen, balance_after_fen, reference
                from personal_ledger where personal_account_number = ? order by value_date desc, id desc limit ? offset ?""",
                (rs, i) -> new LedgerEntry(rs.getDate(1).toLocalDate(), rs.getString(2), BusinessType.labelOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), Yuan.format(rs.getLong(4)), rs.getLong(5), null, rs.getString(6),
                        null),
                personalAccountNumber, size, (long) page * size);
        return new Page<>(items, page, size, total);
    }

    public Page<LedgerEntry> unitLedger(String unitId, int page, int size) {
        long total = jdbc.queryForObject("select count(*) from unit_ledger where unit_id = ?", Long.class, unitId);
        List<LedgerEntry> items = jdbc.query("""
                select value_date, business_type, amount_fen, headcount, reference, summary
                from unit_ledger where unit_id = ? order by value_date desc, id desc limit ? offset ?""",
                (rs, i) -> new LedgerEntry(rs.getDate(1).toLocalDate(), rs.getString(2), BusinessType.labelOf(rs.getString(2)),
                        null, rs.getLong(3), Yuan.format(rs.getLong(3)), null, rs.getInt(4), rs.getString(5),
                        rs.getString(6)),
                unitId, size, (long) page * size);
        return new Page<>(items, page, size, total);
    }

    public List<DepartmentSummary> departmentSummary(String unitId) {
        return jdbc.query("""
                select e.department_id, coalesce(d.name, '未分配部门'), count(*),
                       count(*) filter (where e.status = '01'), count(*) filter (where e.status = '02'),
                       coalesce(sum(e.base_fen) filter (where e.status = '01'), 0),
                       coalesce(sum(e.balance_fen), 0), u.unit_rate, u.personal_rate,
                       array_agg(e.base_fen) filter (where e.status = '01')
                from employee_account e join unit_account u on u.unit_id = e.unit_id
                left join department d on d.unit_id = e.unit_id and d.department_id = e.department_id
                where e.unit_id = ? group by e.department_id, d.name, u.unit_rate, u.personal_rate
                order by coalesce(d.name, '未分配部门')""",
                (rs, i) -> {
                    long monthly = 0;
                    java.sql.Array bases = rs.getArray(10);
                    if (bases != null) {
                        for (Object base : (Object[]) bases.getArray()) {
                            monthly += deposits.monthly(((Number) base).longValue(), rs.getInt(8), rs.getInt(9));
                        }
                    }
                    return new DepartmentSummary(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            rs.getInt(5), rs.getLong(6), monthly, Yuan.format(monthly), rs.getLong(7),
                            Yuan.format(rs.getLong(7)));
                }, unitId);
    }
}
