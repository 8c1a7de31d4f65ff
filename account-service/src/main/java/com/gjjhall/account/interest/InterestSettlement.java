package com.gjjhall.account.interest;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.messaging.trace.TraceId;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 年度结息 on 30 June: every account with money in the interest year gets its interest credited, a statement
 * row (年度结息对账) and a ledger entry; each unit gets one ledger entry (单位利息凭证) and one published event.
 * One transaction per unit; an account settled already for the year is skipped, so a re-run completes a
 * settlement that stopped half-way and changes nothing else.
 */
@Component
public class InterestSettlement {

    private static final Logger log = LoggerFactory.getLogger(InterestSettlement.class);

    /** One account's figures for the year, before interest. */
    record Position(String account, String unitId, long openingFen, long movementsFen, long accrualFenDays) {
    }

    public record Report(int interestYear, int units, int accounts, long totalInterestFen) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final InterestCalculator calculator;
    private final EventBus eventBus;
    private final Clock clock;
    private final ZoneId zone;

    InterestSettlement(JdbcTemplate jdbc, TransactionTemplate transaction, InterestCalculator calculator,
                       EventBus eventBus, Clock clock, AccountSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.calculator = calculator;
        this.eventBus = eventBus;
        this.clock = clock;
        this.zone = settings.zone();
    }

    public Report settle(InterestYear year) {
        if (LocalDate.now(clock.withZone(zone)).isBefore(year.settlementDay())) {
            throw new BusinessException(AccountError.INTEREST_NOT_DUE);
        }
        Map<String, List<Position>> byUnit = new LinkedHashMap<>();
        positions(year).forEach(p -> byUnit.computeIfAbsent(p.unitId(), u -> new ArrayList<>()).add(p));
        int accounts = 0;
        long total = 0;
        for (Map.Entry<String, List<Position>> unit : byUnit.entrySet()) {
            total += transaction.execute(status -> settleUnit(year, unit.getKey(), unit.getValue()));
            accounts += unit.getValue().size();
        }
        log.info("interest year {} settled: {} units, {} accounts, {} fen", year.year(), byUnit.size(), accounts, total);
        return new Report(year.year(), byUnit.size(), accounts, total);
    }

    private List<Position> positions(InterestYear year) {
        Date first = Date.valueOf(year.firstDay());
        Date last = Date.valueOf(year.settlementDay());
        return jdbc.query("""
                select l.personal_account_number, e.unit_id,
                       coalesce(sum(l.amount_fen) filter (where l.value_date < ?), 0),
                       coalesce(sum(l.amount_fen) filter (where l.value_date >= ?), 0),
                       coalesce(sum(l.amount_fen * ((?::date - l.value_date) + 1)) filter (where l.value_date >= ?), 0)
                from personal_ledger l join employee_account e on e.personal_account_number = l.personal_account_number
                where l.value_date <= ? and not exists (select 1 from interest_settlement s
                      where s.interest_year = ? and s.personal_account_number = l.personal_account_number)
                group by l.personal_account_number, e.unit_id
                order by e.unit_id, l.personal_account_number""",
                (rs, i) -> {
                    long opening = rs.getLong(3);
                    return new Position(rs.getString(1), rs.getString(2), opening, rs.getLong(4),
                            Math.addExact(Math.multiplyExact(opening, year.days()), rs.getLong(5)));
                },
                first, first, last, first, last, year.year());
    }

    private long settleUnit(InterestYear year, String unitId, List<Position> positions) {
        Instant now = clock.instant();
        Date day = Date.valueOf(year.settlementDay());
        long total = 0;
        List<Object[]> statements = new ArrayList<>();
        List<Object[]> ledger = new ArrayList<>();
        List<Object[]> balances = new ArrayList<>();
        for (Position p : positions) {
            long interest = calculator.interest(p.accrualFenDays());
            long closing = p.openingFen() + p.movementsFen() + interest;
            total += interest;
            statements.add(new Object[]{year.year(), p.account(), unitId, p.openingFen(), p.movementsFen(),
                    p.accrualFenDays(), interest, closing, calculator.annualRate(), Timestamp.from(now)});
            ledger.add(new Object[]{p.account(), unitId, day, BusinessType.ANNUAL_INTEREST.code(), interest, closing,
                    year.year() + "年度结息"});
            balances.add(new Object[]{interest, p.account()});
        }
        jdbc.batchUpdate("""
                insert into interest_settlement (interest_year, personal_account_number, unit_id, opening_balance_fen,
                    movements_fen, accrual_fen_days, interest_fen, closing_balance_fen, annual_rate, settled_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", statements);
        jdbc.batchUpdate("""
                insert into personal_ledger (personal_account_number, unit_id, value_date, business_type, amount_fen,
                    balance_after_fen, reference) values (?, ?, ?, ?, ?, ?, ?)""", ledger);
        jdbc.batchUpdate("update employee_account set balance_fen = balance_fen + ? where personal_account_number = ?",
                balances);
        jdbc.update("""
                insert into unit_ledger (unit_id, value_date, business_type, amount_fen, headcount, reference, summary)
                values (?, ?, ?, ?, ?, ?, ?)""", unitId, day, BusinessType.ANNUAL_INTEREST.code(), total,
                positions.size(), String.valueOf(year.year()),
                year.year() + "年度结息（年利率" + calculator.annualRate() + "）");
        eventBus.publish(GenericEventMessage.asEventMessage(new InterestSettledForUnit(unitId, year.year(),
                positions.size(), total, calculator.annualRate(), now)).andMetaData(Map.of(TraceId.METADATA_KEY, TraceId.current())));
        return total;
    }
}
