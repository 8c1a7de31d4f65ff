package com.gjjhall.account.employee;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.BaseLimits;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.timing.ContributionTiming;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.YearMonth;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A personal fund account (个人账户). Its balance is not kept here: credits arrive by the thousand and are
 * written to the ledger tables in one transaction per remittance part (see {@code credit.CreditHandler}).
 * Every command names the operator's unit; an account of another unit answers as if it did not exist.
 */
@Aggregate
public class EmployeeAccount {

    @AggregateIdentifier
    private String personalAccountNumber;
    private String unitId;
    private String idNumber;
    private String name;
    private AccountStatus status;
    private YearMonth contributingFrom;
    private YearMonth sealedFrom;

    protected EmployeeAccount() {
    }

    @CommandHandler
    public EmployeeAccount(OpenEmployeeAccountCommand command, IdNumberClaims claims, UnitAccounts units,
                           BaseLimits limits, Clock clock) {
        units.requireOpen(command.unitId());
        units.requireDepartment(command.unitId(), command.departmentId());
        limits.require(command.baseFen());
        claims.claim(command.idNumber(), command.personalAccountNumber());
        apply(new EmployeeAccountOpened(command.personalAccountNumber(), command.unitId(), command.idNumber().value(),
                command.name().value(), command.mobile() == null ? null : command.mobile().value(),
                command.departmentId(), command.baseFen(), command.startMonth(), clock.instant()));
    }

    @CommandHandler
    void handle(TransferInCommand command, UnitAccounts units, Balances balances, Clock clock) {
        if (command.unitId().equals(unitId)) {
            throw new BusinessException(AccountError.ALREADY_IN_THIS_UNIT);
        }
        if (status != AccountStatus.SEALED) {
            throw new BusinessException(AccountError.TRANSFER_SOURCE_NOT_SEALED);
        }
        units.requireOpen(command.unitId());
        units.requireDepartment(command.unitId(), command.departmentId());
        apply(new EmployeeTransferredIn(personalAccountNumber, command.unitId(), unitId, command.departmentId(),
                idNumber, name, balances.of(personalAccountNumber), clock.instant()));
    }

    @CommandHandler
    void handle(SealEmployeeAccountCommand command, ContributionTiming timing, Clock clock) {
        requireOwnedBy(command.unitId());
        requireStatus(AccountStatus.ACTIVE, AccountError.NOT_ACTIVE);
        YearMonth from = timing.sealFrom(unitId, personalAccountNumber, contributingFrom);
        apply(new EmployeeAccountSealed(personalAccountNumber, unitId, from, command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(UnsealEmployeeAccountCommand command, ContributionTiming timing, BaseLimits limits, Clock clock) {
        requireOwnedBy(command.unitId());
        requireStatus(AccountStatus.SEALED, AccountError.NOT_SEALED);
        if (sealedFrom != null && command.startMonth().isBefore(sealedFrom)) {
            throw new BusinessException(AccountError.START_MONTH_BEFORE_SEAL,
                    AccountError.START_MONTH_BEFORE_SEAL.message() + "（封存月份" + sealedFrom + "）");
        }
        timing.requireUnsealAllowed(unitId, command.startMonth());
        limits.require(command.baseFen());
        apply(new EmployeeAccountUnsealed(personalAccountNumber, unitId, command.baseFen(), command.startMonth(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AdjustContributionBaseCommand command, ContributionTiming timing, BaseLimits limits, Clock clock) {
        requireOwnedBy(command.unitId());
        requireStatus(AccountStatus.ACTIVE, AccountError.NOT_ACTIVE);
        limits.require(command.baseFen());
        YearMonth effective = command.effectiveMonth() != null ? command.effectiveMonth() : timing.nextOpenMonth(unitId);
        timing.requireNotEntered(unitId, effective);
        apply(new ContributionBaseAdjusted(personalAccountNumber, unitId, command.baseFen(), effective, clock.instant()));
    }

    @CommandHandler
    void handle(ChangePersonalInfoCommand command, Clock clock) {
        requireOwnedBy(command.unitId());
        apply(new PersonalInfoChanged(personalAccountNumber, unitId, idNumber, command.name().value(),
                command.mobile() == null ? null : command.mobile().value(), clock.instant()));
    }

    @CommandHandler
    void handle(UpgradeIdNumberCommand command, Clock clock) {
        requireOwnedBy(command.unitId());
        IdNumber current = new IdNumber(idNumber);
        if (!current.isLegacy()) {
            throw new BusinessException(AccountError.ALREADY_18_DIGITS);
        }
        IdNumber upgraded = current.upgraded();
        if (command.confirmation() != null && !command.confirmation().equals(upgraded)) {
            throw new BusinessException(AccountError.UPGRADED_ID_MISMATCH,
                    AccountError.UPGRADED_ID_MISMATCH.message() + "（应为" + upgraded + "）");
        }
        apply(new IdNumberUpgraded(personalAccountNumber, unitId, idNumber, upgraded.value(), name, clock.instant()));
    }

    @CommandHandler
    void handle(MoveToDepartmentCommand command, UnitAccounts units, Clock clock) {
        requireOwnedBy(command.unitId());
        units.requireDepartment(unitId, command.departmentId());
        apply(new EmployeeMovedToDepartment(personalAccountNumber, unitId, command.departmentId(), clock.instant()));
    }

    private void requireOwnedBy(String operatorUnitId) {
        if (!unitId.equals(operatorUnitId)) {
            throw new BusinessException(AccountError.EMPLOYEE_NOT_FOUND);
        }
    }

    private void requireStatus(AccountStatus required, AccountError otherwise) {
        if (status != required) {
            throw new BusinessException(otherwise, otherwise.message() + "（当前状态：" + status.label() + "）");
        }
    }

    @EventSourcingHandler
    void on(EmployeeAccountOpened event) {
        personalAccountNumber = event.personalAccountNumber();
        unitId = event.unitId();
        idNumber = event.idNumber();
        name = event.name();
        status = AccountStatus.ACTIVE;
        contributingFrom = event.startMonth();
    }

    @EventSourcingHandler
    void on(EmployeeTransferredIn event) {
        unitId = event.unitId();
        status = AccountStatus.SEALED;
    }

    @EventSourcingHandler
    void on(EmployeeAccountSealed event) {
        status = AccountStatus.SEALED;
        sealedFrom = event.sealedFromMonth();
    }

    @EventSourcingHandler
    void on(EmployeeAccountUnsealed event) {
        status = AccountStatus.ACTIVE;
        contributingFrom = event.startMonth();
    }

    @EventSourcingHandler
    void on(PersonalInfoChanged event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(IdNumberUpgraded event) {
        idNumber = event.idNumber();
    }
}
