package com.gjjhall.account.unit;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.Invalid;
import com.gjjhall.account.timing.RemittanceFacts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A unit's fund account (单位账户): its rates, its departments, open or closed. */
@Aggregate
public class UnitAccount {

    @AggregateIdentifier
    private String unitId;
    private boolean closed;
    private final Map<String, String> departments = new HashMap<>();

    protected UnitAccount() {
    }

    @CommandHandler
    public UnitAccount(OpenUnitAccountCommand command, UnitAccountNumbers numbers, Clock clock) {
        String number = numbers.claim(command.unitAccountNumber(), command.unitId());
        apply(new UnitAccountOpened(command.unitId(), number, command.unitName(), command.unitRate().percent(),
                command.personalRate().percent(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeUnitRatesCommand command, RemittanceFacts remittances, Clock clock) {
        requireOpen();
        if (remittances.isMonthEntered(unitId, command.effectiveMonth())) {
            throw new BusinessException(AccountError.MONTH_ALREADY_ENTERED);
        }
        apply(new UnitRatesChanged(unitId, command.unitRate().percent(), command.personalRate().percent(),
                command.effectiveMonth(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeUnitInfoCommand command, Clock clock) {
        requireOpen();
        apply(new UnitInfoChanged(unitId, command.address(), command.contactName(), command.contactPhone().value(),
                clock.instant()));
    }

    @CommandHandler
    void handle(AddDepartmentCommand command, Clock clock) {
        requireOpen();
        requireUniqueName(command.name(), null);
        apply(new DepartmentAdded(unitId, command.departmentId(), command.name(), clock.instant()));
    }

    @CommandHandler
    void handle(RenameDepartmentCommand command, Clock clock) {
        requireOpen();
        requireDepartment(command.departmentId());
        requireUniqueName(command.name(), command.departmentId());
        apply(new DepartmentRenamed(unitId, command.departmentId(), command.name(), clock.instant()));
    }

    @CommandHandler
    void handle(RemoveDepartmentCommand command, UnitHoldings holdings, Clock clock) {
        requireOpen();
        requireDepartment(command.departmentId());
        if (holdings.employeesIn(unitId, command.departmentId()) > 0) {
            throw new BusinessException(AccountError.DEPARTMENT_NOT_EMPTY);
        }
        apply(new DepartmentRemoved(unitId, command.departmentId(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseUnitAccountCommand command, UnitHoldings holdings, Clock clock) {
        requireOpen();
        if (holdings.activeEmployees(unitId) > 0 || holdings.balanceFen(unitId) != 0) {
            throw new BusinessException(AccountError.UNIT_NOT_CLOSABLE);
        }
        apply(new UnitAccountClosed(unitId, clock.instant()));
    }

    private void requireDepartment(String departmentId) {
        if (!departments.containsKey(departmentId)) {
            throw new BusinessException(AccountError.DEPARTMENT_NOT_FOUND);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new BusinessException(AccountError.UNIT_ACCOUNT_CLOSED);
        }
    }

    private void requireUniqueName(String name, String exceptDepartmentId) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw Invalid.field("部门名称", "须为1至60个字");
        }
        boolean taken = departments.entrySet().stream()
                .anyMatch(d -> d.getValue().equals(name) && !d.getKey().equals(exceptDepartmentId));
        if (taken) {
            throw new BusinessException(AccountError.DEPARTMENT_NAME_TAKEN);
        }
    }

    @EventSourcingHandler
    void on(UnitAccountOpened event) {
        unitId = event.unitId();
    }

    @EventSourcingHandler
    void on(DepartmentAdded event) {
        departments.put(event.departmentId(), event.name());
    }

    @EventSourcingHandler
    void on(DepartmentRenamed event) {
        departments.put(event.departmentId(), event.name());
    }

    @EventSourcingHandler
    void on(DepartmentRemoved event) {
        departments.remove(event.departmentId());
    }

    @EventSourcingHandler
    void on(UnitAccountClosed event) {
        closed = true;
    }
}
