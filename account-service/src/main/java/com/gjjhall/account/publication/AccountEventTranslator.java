package com.gjjhall.account.publication;

import com.gjjhall.account.credit.LinesCredited;
import com.gjjhall.account.employee.ContributionBaseAdjusted;
import com.gjjhall.account.employee.EmployeeAccountOpened;
import com.gjjhall.account.employee.EmployeeAccountSealed;
import com.gjjhall.account.employee.EmployeeAccountUnsealed;
import com.gjjhall.account.employee.EmployeeMovedToDepartment;
import com.gjjhall.account.employee.EmployeeTransferredIn;
import com.gjjhall.account.employee.IdNumberUpgraded;
import com.gjjhall.account.employee.PersonalInfoChanged;
import com.gjjhall.account.interest.InterestSettledForUnit;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.unit.DepartmentAdded;
import com.gjjhall.account.unit.DepartmentRemoved;
import com.gjjhall.account.unit.DepartmentRenamed;
import com.gjjhall.account.unit.UnitAccountClosed;
import com.gjjhall.account.unit.UnitAccountOpened;
import com.gjjhall.account.unit.UnitInfoChanged;
import com.gjjhall.account.unit.UnitRatesChanged;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.account.AnnualInterestSettled;
import com.gjjhall.contracts.account.DepartmentChanged;
import com.gjjhall.contracts.account.EmployeeInfoChanged;
import com.gjjhall.contracts.account.RemittanceLinesCredited;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Every change of an account is published: remittance-service builds its view of contributing employees
 * from these, audit-service logs them. ID numbers are published in their 18-digit form (GB 11643).
 */
@Component
class AccountEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object event) {
        return Optional.ofNullable(unit(event)).or(() -> Optional.ofNullable(employee(event)))
                .or(() -> Optional.ofNullable(money(event)));
    }

    private static IntegrationEvent unit(Object event) {
        if (event instanceof UnitAccountOpened e) {
            return new com.gjjhall.contracts.account.UnitAccountOpened(e.unitId(), e.unitAccountNumber(), e.unitName(),
                    e.unitRatePercent(), e.personalRatePercent(), e.openedAt());
        }
        if (event instanceof UnitRatesChanged e) {
            return new com.gjjhall.contracts.account.UnitRatesChanged(e.unitId(), e.unitRatePercent(),
                    e.personalRatePercent(), e.effectiveMonth(), e.changedAt());
        }
        if (event instanceof UnitInfoChanged e) {
            return new com.gjjhall.contracts.account.UnitInfoChanged(e.unitId(), e.address(), e.contactName(),
                    e.contactPhone(), e.changedAt());
        }
        if (event instanceof DepartmentAdded e) {
            return new DepartmentChanged(e.unitId(), e.departmentId(), "ADDED", e.name(), e.at());
        }
        if (event instanceof DepartmentRenamed e) {
            return new DepartmentChanged(e.unitId(), e.departmentId(), "RENAMED", e.name(), e.at());
        }
        if (event instanceof DepartmentRemoved e) {
            return new DepartmentChanged(e.unitId(), e.departmentId(), "REMOVED", null, e.at());
        }
        if (event instanceof UnitAccountClosed e) {
            return new com.gjjhall.contracts.account.UnitAccountClosed(e.unitId(), e.closedAt());
        }
        return null;
    }

    private static IntegrationEvent employee(Object event) {
        if (event instanceof EmployeeAccountOpened e) {
            return new com.gjjhall.contracts.account.EmployeeAccountOpened(e.personalAccountNumber(), e.unitId(),
                    eighteen(e.idNumber()), e.name(), e.baseFen(), e.startMonth(), e.openedAt());
        }
        if (event instanceof EmployeeTransferredIn e) {
            return new com.gjjhall.contracts.account.EmployeeTransferredIn(e.personalAccountNumber(), e.unitId(),
                    e.fromUnitId(), eighteen(e.idNumber()), e.name(), e.transferredAt());
        }
        if (event instanceof EmployeeAccountSealed e) {
            return new com.gjjhall.contracts.account.EmployeeAccountSealed(e.personalAccountNumber(), e.unitId(),
                    e.sealedFromMonth(), e.reason(), e.sealedAt());
        }
        if (event instanceof EmployeeAccountUnsealed e) {
            return new com.gjjhall.contracts.account.EmployeeAccountUnsealed(e.personalAccountNumber(), e.unitId(),
                    e.baseFen(), e.startMonth(), e.unsealedAt());
        }
        if (event instanceof ContributionBaseAdjusted e) {
            return new com.gjjhall.contracts.account.ContributionBaseAdjusted(e.personalAccountNumber(), e.unitId(),
                    e.baseFen(), e.effectiveMonth(), e.adjustedAt());
        }
        if (event instanceof PersonalInfoChanged e) {
            return new EmployeeInfoChanged(e.personalAccountNumber(), e.unitId(), eighteen(e.idNumber()), e.name(),
                    e.changedAt());
        }
        if (event instanceof IdNumberUpgraded e) {
            return new EmployeeInfoChanged(e.personalAccountNumber(), e.unitId(), e.idNumber(), e.name(), e.upgradedAt());
        }
        if (event instanceof EmployeeMovedToDepartment e) {
            return new com.gjjhall.contracts.account.EmployeeMovedToDepartment(e.personalAccountNumber(), e.unitId(),
                    e.departmentId(), e.movedAt());
        }
        return null;
    }

    private static IntegrationEvent money(Object event) {
        if (event instanceof LinesCredited e) {
            return new RemittanceLinesCredited(e.auditNumber(), e.unitId(), e.part(), e.creditedLines(),
                    e.alreadyCreditedLines(), e.totalFen(), e.creditedAt());
        }
        if (event instanceof InterestSettledForUnit e) {
            return new AnnualInterestSettled(e.unitId(), e.interestYear(), e.accounts(), e.totalInterestFen(),
                    e.annualRate(), e.settledAt());
        }
        return null;
    }

    private static String eighteen(String idNumber) {
        return new IdNumber(idNumber).upgraded().value();
    }
}
