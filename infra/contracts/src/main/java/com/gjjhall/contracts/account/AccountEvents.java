package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What account-service publishes on {@code account.events}. */
public final class AccountEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            UnitAccountOpened.class,
            UnitRatesChanged.class,
            EmployeeAccountOpened.class,
            EmployeeTransferredIn.class,
            EmployeeAccountSealed.class,
            EmployeeAccountUnsealed.class,
            ContributionBaseAdjusted.class,
            RemittanceLinesCredited.class,
            EmployeeInfoChanged.class,
            EmployeeMovedToDepartment.class,
            DepartmentChanged.class,
            UnitInfoChanged.class,
            UnitAccountClosed.class,
            AnnualInterestSettled.class);

    private AccountEvents() {
    }
}
