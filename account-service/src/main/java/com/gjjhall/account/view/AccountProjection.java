package com.gjjhall.account.view;

import com.gjjhall.account.employee.AccountStatus;
import com.gjjhall.account.employee.ContributionBaseAdjusted;
import com.gjjhall.account.employee.EmployeeAccountOpened;
import com.gjjhall.account.employee.EmployeeAccountSealed;
import com.gjjhall.account.employee.EmployeeAccountUnsealed;
import com.gjjhall.account.employee.EmployeeMovedToDepartment;
import com.gjjhall.account.employee.EmployeeTransferredIn;
import com.gjjhall.account.employee.IdNumberUpgraded;
import com.gjjhall.account.employee.PersonalInfoChanged;
import com.gjjhall.account.ledger.BusinessType;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.account.unit.DepartmentAdded;
import com.gjjhall.account.unit.DepartmentRemoved;
import com.gjjhall.account.unit.DepartmentRenamed;
import com.gjjhall.account.unit.UnitAccountClosed;
import com.gjjhall.account.unit.UnitAccountOpened;
import com.gjjhall.account.unit.UnitInfoChanged;
import com.gjjhall.account.unit.UnitRatesChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;

/**
 * The account views. A subscribing processor: each change is written in its command's own transaction, so
 * a query right after the answer sees it (not the next working day, as the guide's old system did).
 */
@Component
@ProcessingGroup("accounts")
class AccountProjection {

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AccountProjection(JdbcTemplate jdbc, AccountSettings settings) {
        this.jdbc = jdbc;
        this.zone = settings.zone();
    }

    @EventHandler
    void on(UnitAccountOpened e) {
        jdbc.update("""
                insert into unit_account (unit_id, unit_account_number, unit_name, unit_rate, personal_rate, opened_at)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                e.unitId(), e.unitAccountNumber(), e.unitName(), e.unitRatePercent(), e.personalRatePercent(),
                Timestamp.from(e.openedAt()));
    }

    @EventHandler
    void on(UnitRatesChanged e) {
        jdbc.update("update unit_account set unit_rate = ?, personal_rate = ?, rates_from_month = ? where unit_id = ?",
                e.unitRatePercent(), e.personalRatePercent(), e.effectiveMonth().toString(), e.unitId());
    }

    @EventHandler
    void on(UnitInfoChanged e) {
        jdbc.update("update unit_account set address = ?, contact_name = ?, contact_phone = ? where unit_id = ?",
                e.address(), e.contactName(), e.contactPhone(), e.unitId());
    }

    @EventHandler
    void on(DepartmentAdded e) {
        jdbc.update("insert into department (unit_id, department_id, name) values (?, ?, ?) on conflict do nothing",
                e.unitId(), e.departmentId(), e.name());
    }

    @EventHandler
    void on(DepartmentRenamed e) {
        jdbc.update("update department set name = ? where unit_id = ? and department_id = ?",
                e.name(), e.unitId(), e.departmentId());
    }

    @EventHandler
    void on(DepartmentRemoved e) {
        jdbc.update("delete from department where unit_id = ? and department_id = ?", e.unitId(), e.departmentId());
    }

    @EventHandler
    void on(UnitAccountClosed e) {
        jdbc.update("update unit_account set closed = true, closed_at = ? where unit_id = ?",
                Timestamp.from(e.closedAt()), e.unitId());
    }

    @EventHandler
    void on(EmployeeAccountOpened e) {
        jdbc.update("""
                insert into employee_account (personal_account_number, unit_id, id_number, name, mobile, department_id,
                    status, base_fen, base_from_month, start_month, opened_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                e.personalAccountNumber(), e.unitId(), e.idNumber(), e.name(), e.mobile(), e.departmentId(),
                AccountStatus.ACTIVE.code(), e.baseFen(), e.startMonth().toString(), e.startMonth().toString(),
                Timestamp.from(e.openedAt()), Timestamp.from(e.openedAt()));
    }

    /** The balance moves with the account: out of the old unit's ledger, into the new one's. */
    @EventHandler
    void on(EmployeeTransferredIn e) {
        jdbc.update("""
                update employee_account set unit_id = ?, department_id = ?, status = ?, updated_at = ?
                where personal_account_number = ?""",
                e.unitId(), e.departmentId(), AccountStatus.SEALED.code(), Timestamp.from(e.transferredAt()),
                e.personalAccountNumber());
        Date valueDate = Date.valueOf(e.transferredAt().atZone(zone).toLocalDate());
        String summary = "职工转移 " + e.name() + "（" + e.personalAccountNumber() + "）";
        unitLedger(e.fromUnitId(), valueDate, -e.balanceFen(), e.personalAccountNumber(), summary + " 转出");
        unitLedger(e.unitId(), valueDate, e.balanceFen(), e.personalAccountNumber(), summary + " 转入");
        jdbc.update("""
                insert into personal_ledger (personal_account_number, unit_id, value_date, business_type, amount_fen,
                    balance_after_fen, reference) values (?, ?, ?, ?, 0, ?, ?)""",
                e.personalAccountNumber(), e.unitId(), valueDate, BusinessType.INTERNAL_TRANSFER.code(), e.balanceFen(),
                e.fromUnitId());
    }

    @EventHandler
    void on(EmployeeAccountSealed e) {
        jdbc.update("""
                update employee_account set status = ?, sealed_from_month = ?, updated_at = ?
                where personal_account_number = ?""",
                AccountStatus.SEALED.code(), e.sealedFromMonth().toString(), Timestamp.from(e.sealedAt()),
                e.personalAccountNumber());
    }

    @EventHandler
    void on(EmployeeAccountUnsealed e) {
        jdbc.update("""
                update employee_account set status = ?, base_fen = ?, base_from_month = ?, start_month = ?,
                    sealed_from_month = null, updated_at = ? where personal_account_number = ?""",
                AccountStatus.ACTIVE.code(), e.baseFen(), e.startMonth().toString(), e.startMonth().toString(),
                Timestamp.from(e.unsealedAt()), e.personalAccountNumber());
    }

    @EventHandler
    void on(ContributionBaseAdjusted e) {
        jdbc.update("""
                update employee_account set base_fen = ?, base_from_month = ?, updated_at = ?
                where personal_account_number = ?""",
                e.baseFen(), e.effectiveMonth().toString(), Timestamp.from(e.adjustedAt()), e.personalAccountNumber());
    }

    @EventHandler
    void on(PersonalInfoChanged e) {
        jdbc.update("update employee_account set name = ?, mobile = ?, updated_at = ? where personal_account_number = ?",
                e.name(), e.mobile(), Timestamp.from(e.changedAt()), e.personalAccountNumber());
    }

    @EventHandler
    void on(IdNumberUpgraded e) {
        jdbc.update("update employee_account set id_number = ?, updated_at = ? where personal_account_number = ?",
                e.idNumber(), Timestamp.from(e.upgradedAt()), e.personalAccountNumber());
    }

    @EventHandler
    void on(EmployeeMovedToDepartment e) {
        jdbc.update("update employee_account set department_id = ?, updated_at = ? where personal_account_number = ?",
                e.departmentId(), Timestamp.from(e.movedAt()), e.personalAccountNumber());
    }

    private void unitLedger(String unitId, Date valueDate, long amountFen, String reference, String summary) {
        jdbc.update("""
                insert into unit_ledger (unit_id, value_date, business_type, amount_fen, headcount, reference, summary)
                values (?, ?, ?, ?, 1, ?, ?)""",
                unitId, valueDate, BusinessType.INTERNAL_TRANSFER.code(), amountFen, reference, summary);
    }
}
