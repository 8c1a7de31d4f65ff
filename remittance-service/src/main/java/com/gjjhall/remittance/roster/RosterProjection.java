package com.gjjhall.remittance.roster;

import com.gjjhall.contracts.account.ContributionBaseAdjusted;
import com.gjjhall.contracts.account.EmployeeAccountOpened;
import com.gjjhall.contracts.account.EmployeeAccountSealed;
import com.gjjhall.contracts.account.EmployeeAccountUnsealed;
import com.gjjhall.contracts.account.EmployeeTransferredIn;
import com.gjjhall.contracts.account.UnitAccountOpened;
import com.gjjhall.contracts.account.UnitRatesChanged;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.remittance.shared.Months;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Set;

/**
 * Remittance's own view of who contributes (account-service's published facts): units and their rates,
 * employees, the months each one contributes for a unit, and their bases. Each event is applied once, in
 * the transaction that records its id.
 */
@Component
class RosterProjection implements InboundEventHandler {

    private static final String UNIT_OPENED = "account.UnitAccountOpened.v1";
    private static final String RATES_CHANGED = "account.UnitRatesChanged.v1";
    private static final String OPENED = "account.EmployeeAccountOpened.v1";
    private static final String TRANSFERRED_IN = "account.EmployeeTransferredIn.v1";
    private static final String SEALED = "account.EmployeeAccountSealed.v1";
    private static final String UNSEALED = "account.EmployeeAccountUnsealed.v1";
    private static final String BASE_ADJUSTED = "account.ContributionBaseAdjusted.v1";

    /** Rates given when a unit account opens apply to every month. */
    static final YearMonth ALWAYS = YearMonth.of(1, 1);

    private final JdbcTemplate jdbc;

    RosterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(UNIT_OPENED, RATES_CHANGED, OPENED, TRANSFERRED_IN, SEALED, UNSEALED, BASE_ADJUSTED);
    }

    @Override
    public void handle(InboundEvent event) {
        switch (event.type()) {
            case UNIT_OPENED -> on(event.payloadAs(UnitAccountOpened.class));
            case RATES_CHANGED -> on(event.payloadAs(UnitRatesChanged.class));
            case OPENED -> on(event.payloadAs(EmployeeAccountOpened.class));
            case TRANSFERRED_IN -> on(event.payloadAs(EmployeeTransferredIn.class));
            case SEALED -> on(event.payloadAs(EmployeeAccountSealed.class));
            case UNSEALED -> on(event.payloadAs(EmployeeAccountUnsealed.class));
            case BASE_ADJUSTED -> on(event.payloadAs(ContributionBaseAdjusted.class));
            default -> throw new IllegalStateException("not a roster event: " + event.type());
        }
    }

    private void on(UnitAccountOpened e) {
        jdbc.update("""
                insert into unit_account (unit_id, unit_account_number, unit_name, opened_at) values (?, ?, ?, ?)
                on conflict (unit_id) do update set unit_account_number = excluded.unit_account_number,
                    unit_name = excluded.unit_name""",
                e.unitId(), e.unitAccountNumber(), e.unitName(), Timestamp.from(e.openedAt()));
        rates(e.unitId(), ALWAYS, e.unitRatePercent(), e.personalRatePercent());
    }

    private void on(UnitRatesChanged e) {
        rates(e.unitId(), e.effectiveMonth(), e.unitRatePercent(), e.personalRatePercent());
    }

    private void on(EmployeeAccountOpened e) {
        employee(e.personalAccountNumber(), e.unitId(), e.name(), e.idNumber());
        startContributing(e.personalAccountNumber(), e.unitId(), e.startMonth(), e.baseFen());
    }

    /** The account arrives sealed: it stops contributing for any earlier unit and waits to be unsealed here. */
    private void on(EmployeeTransferredIn e) {
        stopContributing(e.personalAccountNumber(), Months.current(e.transferredAt()));
        employee(e.personalAccountNumber(), e.unitId(), e.name(), e.idNumber());
    }

    private void on(EmployeeAccountSealed e) {
        stopContributing(e.personalAccountNumber(), e.sealedFromMonth());
    }

    private void on(EmployeeAccountUnsealed e) {
        jdbc.update("update employee set unit_id = ? where personal_account_number = ?",
                e.unitId(), e.personalAccountNumber());
        stopContributing(e.personalAccountNumber(), e.startMonth());
        startContributing(e.personalAccountNumber(), e.unitId(), e.startMonth(), e.baseFen());
    }

    private void on(ContributionBaseAdjusted e) {
        base(e.personalAccountNumber(), e.effectiveMonth(), e.baseFen());
    }

    private void rates(String unitId, YearMonth from, int unitRate, int personalRate) {
        jdbc.update("""
                insert into unit_rate (unit_id, effective_month, unit_rate_percent, personal_rate_percent)
                values (?, ?, ?, ?) on conflict (unit_id, effective_month) do update
                set unit_rate_percent = excluded.unit_rate_percent, personal_rate_percent = excluded.personal_rate_percent""",
                unitId, Months.toSql(from), unitRate, personalRate);
    }

    private void employee(String accountNumber, String unitId, String name, String idNumber) {
        jdbc.update("""
                insert into employee (personal_account_number, unit_id, name, id_number) values (?, ?, ?, ?)
                on conflict (personal_account_number) do update set unit_id = excluded.unit_id,
                    name = excluded.name, id_number = excluded.id_number""",
                accountNumber, unitId, name, idNumber);
    }

    private void startContributing(String accountNumber, String unitId, YearMonth from, long baseFen) {
        jdbc.update("""
                insert into contribution_period (personal_account_number, unit_id, start_month, end_month)
                values (?, ?, ?, null) on conflict (personal_account_number, start_month)
                do update set unit_id = excluded.unit_id, end_month = null""",
                accountNumber, unitId, Months.toSql(from));
        base(accountNumber, from, baseFen);
    }

    /**
     * The open stretch ends the month before {@code from}. A stretch that would end before it began (opened
     * and sealed in the same month) never contributed and is removed, so it cannot create a payment.
     */
    private void stopContributing(String accountNumber, YearMonth from) {
        jdbc.update("""
                delete from contribution_period where personal_account_number = ? and end_month is null
                and start_month >= ?""", accountNumber, Months.toSql(from));
        jdbc.update("""
                update contribution_period set end_month = ? where personal_account_number = ? and end_month is null""",
                Months.toSql(from.minusMonths(1)), accountNumber);
    }

    private void base(String accountNumber, YearMonth from, long baseFen) {
        jdbc.update("""
                insert into contribution_base (personal_account_number, effective_month, base_fen) values (?, ?, ?)
                on conflict (personal_account_number, effective_month) do update set base_fen = excluded.base_fen""",
                accountNumber, Months.toSql(from), baseFen);
    }
}
