package com.gjjhall.remittance.monthly;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.roster.Roster;
import com.gjjhall.remittance.shared.Contribution;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.remittance.shared.RemittanceSettings;
import com.gjjhall.servicekit.errors.BusinessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of a unit's monthly remittance (汇缴): one per employee contributing that month, base × the
 * unit's rates, each side rounded as configured. Employees already paid for the month (a back-payment)
 * are left out; a month in the future cannot be remitted yet.
 */
@Component
public class MonthlyLines {

    private final Roster roster;
    private final JdbcTemplate jdbc;
    private final RemittanceSettings settings;

    public MonthlyLines(Roster roster, JdbcTemplate jdbc, RemittanceSettings settings) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<LineDraft> linesFor(String unitId, YearMonth month, Instant now) {
        roster.requireUnit(unitId);
        if (month.isAfter(Months.current(now))) {
            throw new BusinessException(RemittanceError.INVALID_MONTH);
        }
        if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from monthly_claim where unit_id = ? and month = ?)",
                Boolean.class, unitId, Months.toSql(month)))) {
            throw new BusinessException(RemittanceError.MONTH_ALREADY_ENTERED);
        }
        Roster.Rates rates = roster.ratesAt(unitId, month);
        Set<String> alreadyClaimed = new HashSet<>(jdbc.queryForList("""
                select l.personal_account_number from remittance_line l
                join employee e on e.personal_account_number = l.personal_account_number
                where e.unit_id = ? and l.month = ? and l.active""", String.class, unitId, Months.toSql(month)));
        List<LineDraft> lines = roster.contributors(unitId, month).stream()
                .filter(c -> !alreadyClaimed.contains(c.personalAccountNumber()))
                .map(c -> {
                    Contribution amount = Contribution.of(c.baseFen(), rates.unitRatePercent(),
                            rates.personalRatePercent(), settings.rounding());
                    return new LineDraft(c.personalAccountNumber(), c.name(), month, c.baseFen(),
                            amount.unitAmountFen(), amount.personalAmountFen());
                })
                .toList();
        if (lines.isEmpty()) {
            throw new BusinessException(RemittanceError.NO_CONTRIBUTING_EMPLOYEES);
        }
        return lines;
    }
}
