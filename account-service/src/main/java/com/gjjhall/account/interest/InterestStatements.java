package com.gjjhall.account.interest;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.account.view.AccountQueries;
import com.gjjhall.account.view.EmployeeView;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** 年度结息对账 (per employee) and 单位利息凭证 (per unit), from the settlement's own figures. */
@Component
public class InterestStatements {

    /** One account's year: brought forward, moved, earned, carried forward. */
    public record Line(String personalAccountNumber, String name, long openingFen, long movementsFen,
                       long accrualFenDays, long interestFen, long closingFen) {
    }

    public record Voucher(String unitName, String unitAccountNumber, int interestYear, LocalDate firstDay,
                          LocalDate settlementDay, String annualRate, int accounts, long totalInterestFen,
                          List<Line> lines) {
    }

    public record Movement(LocalDate valueDate, String businessType, String month, long amountFen, long balanceAfterFen) {
    }

    public record Statement(String unitName, String unitAccountNumber, String idNumber, int interestYear,
                            LocalDate firstDay, LocalDate settlementDay, String annualRate, Line line,
                            List<Movement> movements) {
    }

    private final JdbcTemplate jdbc;
    private final UnitAccounts units;
    private final AccountQueries queries;

    InterestStatements(JdbcTemplate jdbc, UnitAccounts units, AccountQueries queries) {
        this.jdbc = jdbc;
        this.units = units;
        this.queries = queries;
    }

    public Voucher voucher(String unitId, InterestYear year) {
        UnitAccounts.UnitView unit = units.require(unitId);
        List<Line> lines = jdbc.query(LINES + " where s.unit_id = ? and s.interest_year = ? order by s.personal_account_number",
                (rs, i) -> line(rs), unitId, year.year());
        if (lines.isEmpty()) {
            throw new BusinessException(AccountError.INTEREST_NOT_SETTLED);
        }
        String rate = jdbc.queryForObject("select min(annual_rate) from interest_settlement where unit_id = ? and interest_year = ?",
                String.class, unitId, year.year());
        return new Voucher(unit.unitName(), unit.unitAccountNumber(), year.year(), year.firstDay(), year.settlementDay(),
                rate, lines.size(), lines.stream().mapToLong(Line::interestFen).sum(), lines);
    }

    public Statement statement(String unitId, String personalAccountNumber, InterestYear year) {
        EmployeeView employee = queries.employee(unitId, personalAccountNumber);
        UnitAccounts.UnitView unit = units.require(unitId);
        List<Line> lines = jdbc.query(LINES + " where s.personal_account_number = ? and s.interest_year = ?",
                (rs, i) -> line(rs), personalAccountNumber, year.year());
        if (lines.isEmpty()) {
            throw new BusinessException(AccountError.INTEREST_NOT_SETTLED);
        }
        String rate = jdbc.queryForObject(
                "select annual_rate from interest_settlement where personal_account_number = ? and interest_year = ?",
                String.class, personalAccountNumber, year.year());
        List<Movement> movements = jdbc.query("""
                select value_date, business_type, month, amount_fen, balance_after_fen from personal_ledger
                where personal_account_number = ? and value_date between ? and ? order by value_date, id""",
                (rs, i) -> new Movement(rs.getDate(1).toLocalDate(), BusinessType.labelOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getLong(5)),
                personalAccountNumber, Date.valueOf(year.firstDay()), Date.valueOf(year.settlementDay()));
        return new Statement(unit.unitName(), unit.unitAccountNumber(), employee.idNumber(), year.year(), year.firstDay(),
                year.settlementDay(), rate, lines.get(0), movements);
    }

    private static final String LINES = """
            select s.personal_account_number, e.name, s.opening_balance_fen, s.movements_fen, s.accrual_fen_days,
                   s.interest_fen, s.closing_balance_fen
            from interest_settlement s join employee_account e on e.personal_account_number = s.personal_account_number""";

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Line(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7));
    }
}
