package com.gjjhall.remittance.backpayment;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.LineDraft;
import com.gjjhall.remittance.roster.Roster;
import com.gjjhall.remittance.shared.Contribution;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.remittance.shared.RemittanceSettings;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a back-payment (补缴) for chosen employees and past months. Every row is checked and every
 * problem reported at once (row and field); one bad row refuses the whole request.
 */
@Component
public class BackPaymentLines {

    static final String ACCOUNT = "个人账号";
    static final String NAME = "姓名";
    static final String MONTH = "补缴年月";
    static final String BASE = "缴存基数";

    private final Roster roster;
    private final JdbcTemplate jdbc;
    private final RemittanceSettings settings;

    public BackPaymentLines(Roster roster, JdbcTemplate jdbc, RemittanceSettings settings) {
        this.roster = roster;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public List<LineDraft> linesFor(String unitId, List<BackPaymentRequest> requests, Instant now) {
        roster.requireUnit(unitId);
        Map<String, Roster.Employee> employees = roster.employees(unitId);
        Map<String, YearMonth> firstMonths = roster.firstMonths(unitId);
        Set<String> claimed = claimedEmployeeMonths(unitId);
        Map<YearMonth, Roster.Rates> rates = new HashMap<>();
        YearMonth current = Months.current(now);
        Set<String> seen = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<LineDraft> lines = new ArrayList<>(requests.size());
        for (BackPaymentRequest r : requests) {
            Roster.Employee employee = employees.get(r.personalAccountNumber());
            if (employee == null) {
                problems.add(new FieldProblem(r.row(), ACCOUNT, "个人账号不存在或不属于本单位"));
                continue;
            }
            if (r.name() != null && !r.name().equals(employee.name())) {
                problems.add(new FieldProblem(r.row(), NAME, "姓名与个人账号不符"));
            }
            if (!r.month().isBefore(current)) {
                problems.add(new FieldProblem(r.row(), MONTH, "补缴年月须早于当前月份"));
                continue;
            }
            YearMonth first = firstMonths.get(r.personalAccountNumber());
            if (first != null && r.month().isBefore(first)) {
                problems.add(new FieldProblem(r.row(), MONTH, "补缴年月早于该职工起缴年月" + compact(first)));
                continue;
            }
            String key = key(r.personalAccountNumber(), r.month());
            if (!seen.add(key)) {
                problems.add(new FieldProblem(r.row(), MONTH, "同一职工同一月份重复"));
                continue;
            }
            if (claimed.contains(key)) {
                problems.add(new FieldProblem(r.row(), MONTH, RemittanceError.EMPLOYEE_MONTH_ALREADY_PAID.message()));
                continue;
            }
            Long base = r.baseFen() != null ? r.baseFen() : roster.baseAt(r.personalAccountNumber(), r.month()).orElse(null);
            if (base == null || base < settings.baseMinFen() || base > settings.baseMaxFen()) {
                problems.add(new FieldProblem(r.row(), BASE, "缴存基数须在" + yuan(settings.baseMinFen()) + "元至"
                        + yuan(settings.baseMaxFen()) + "元之间"));
                continue;
            }
            Roster.Rates monthRates = rates.computeIfAbsent(r.month(), m -> roster.ratesAt(unitId, m));
            Contribution amount = Contribution.of(base, monthRates.unitRatePercent(), monthRates.personalRatePercent(),
                    settings.rounding());
            lines.add(new LineDraft(r.personalAccountNumber(), employee.name(), r.month(), base,
                    amount.unitAmountFen(), amount.personalAmountFen()));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(RemittanceError.ROWS_INVALID, RemittanceError.ROWS_INVALID.message(),
                    problems);
        }
        return lines;
    }

    private Set<String> claimedEmployeeMonths(String unitId) {
        Set<String> claimed = new HashSet<>();
        jdbc.query("""
                select l.personal_account_number, l.month from remittance_line l
                join employee e on e.personal_account_number = l.personal_account_number
                where e.unit_id = ? and l.active""",
                rs -> {
                    claimed.add(key(rs.getString(1), Months.fromSql(rs.getDate(2))));
                }, unitId);
        return claimed;
    }

    private static String key(String account, YearMonth month) {
        return account + '|' + month;
    }

    private static String compact(YearMonth month) {
        return String.format("%d%02d", month.getYear(), month.getMonthValue());
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100) : String.format("%d.%02d", fen / 100, fen % 100);
    }
}
