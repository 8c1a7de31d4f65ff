package com.gjjhall.remittance.roster;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the roster: units, rates, contributing employees and their bases for a month. */
@Component
public class Roster {

    /** A unit's fund account. */
    public record UnitAccount(String unitId, String unitAccountNumber, String unitName) {
    }

    /** The unit's and the employee's rate, whole percent. */
    public record Rates(int unitRatePercent, int personalRatePercent) {
    }

    /** An employee of the unit as of now. */
    public record Employee(String personalAccountNumber, String name) {
    }

    /** One contributing employee for a month, with the base in force that month. */
    public record Contributor(String personalAccountNumber, String name, long baseFen) {
    }

    private final JdbcTemplate jdbc;

    public Roster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitAccount> unit(String unitId) {
        return jdbc.query("select unit_id, unit_account_number, unit_name from unit_account where unit_id = ?",
                (rs, i) -> new UnitAccount(rs.getString(1), rs.getString(2), rs.getString(3)), unitId).stream().findFirst();
    }

    public UnitAccount requireUnit(String unitId) {
        return unit(unitId).orElseThrow(() -> new BusinessException(RemittanceError.UNIT_ACCOUNT_NOT_FOUND));
    }

    /** The rates in force in {@code month}: the latest change not after it. */
    public Rates ratesAt(String unitId, YearMonth month) {
        return jdbc.query("""
                select unit_rate_percent, personal_rate_percent from unit_rate where unit_id = ?
                order by (effective_month <= ?) desc, case when effective_month <= ? then effective_month end desc,
                         effective_month asc limit 1""",
                (rs, i) -> new Rates(rs.getInt(1), rs.getInt(2)), unitId, Months.toSql(month), Months.toSql(month))
                .stream().findFirst().orElseThrow(() -> new BusinessException(RemittanceError.UNIT_ACCOUNT_NOT_FOUND));
    }

    /** Employees contributing for {@code unitId} in {@code month} (unsealed, started, not yet sealed). */
    public List<Contributor> contributors(String unitId, YearMonth month) {
        var m = Months.toSql(month);
        return jdbc.query("""
                select e.personal_account_number, e.name,
                       coalesce((select b.base_fen from contribution_base b
                                 where b.personal_account_number = p.personal_account_number and b.effective_month <= ?
                                 order by b.effective_month desc limit 1), 0)
                from contribution_period p join employee e on e.personal_account_number = p.personal_account_number
                where p.unit_id = ? and p.start_month <= ? and (p.end_month is null or p.end_month >= ?)
                order by e.personal_account_number""",
                (rs, i) -> new Contributor(rs.getString(1), rs.getString(2), rs.getLong(3)), m, unitId, m, m);
    }

    /**
     * Each employee's 起缴年月 at {@code unitId}: the first month they contribute for the unit, by personal account
     * number. Nothing is owed for a month before it.
     */
    public Map<String, YearMonth> firstMonths(String unitId) {
        Map<String, YearMonth> first = new HashMap<>();
        jdbc.query("""
                select personal_account_number, min(start_month) from contribution_period
                where unit_id = ? group by personal_account_number""",
                rs -> {
                    first.put(rs.getString(1), Months.fromSql(rs.getDate(2)));
                }, unitId);
        return first;
    }

    /** Everyone whose account is at {@code unitId} now, by personal account number. */
    public Map<String, Employee> employees(String unitId) {
        Map<String, Employee> employees = new HashMap<>();
        jdbc.query("select personal_account_number, name from employee where unit_id = ?",
                rs -> {
                    employees.put(rs.getString(1), new Employee(rs.getString(1), rs.getString(2)));
                }, unitId);
        return employees;
    }

    /** The base in force in {@code month}, or the earliest known base for a month before the account started. */
    public Optional<Long> baseAt(String personalAccountNumber, YearMonth month) {
        return jdbc.query("""
                select base_fen from contribution_base where personal_account_number = ?
                order by (effective_month <= ?) desc, case when effective_month <= ? then effective_month end desc,
                         effective_month asc limit 1""",
                (rs, i) -> rs.getLong(1), personalAccountNumber, Months.toSql(month), Months.toSql(month))
                .stream().findFirst();
    }
}
