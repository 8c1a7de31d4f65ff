package com.gjjhall.contracts;

import com.gjjhall.contracts.account.AnnualInterestSettled;
import com.gjjhall.contracts.account.ContributionBaseAdjusted;
import com.gjjhall.contracts.account.DepartmentChanged;
import com.gjjhall.contracts.account.EmployeeAccountOpened;
import com.gjjhall.contracts.account.EmployeeAccountSealed;
import com.gjjhall.contracts.account.EmployeeAccountUnsealed;
import com.gjjhall.contracts.account.EmployeeInfoChanged;
import com.gjjhall.contracts.account.EmployeeMovedToDepartment;
import com.gjjhall.contracts.account.EmployeeTransferredIn;
import com.gjjhall.contracts.account.RemittanceLinesCredited;
import com.gjjhall.contracts.account.UnitAccountClosed;
import com.gjjhall.contracts.account.UnitAccountOpened;
import com.gjjhall.contracts.account.UnitInfoChanged;
import com.gjjhall.contracts.account.UnitRatesChanged;

import java.time.YearMonth;
import java.util.List;

import static com.gjjhall.contracts.ContractExamples.AT;

final class AccountExamples {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    static final List<IntegrationEvent> ALL = List.of(
            new UnitAccountOpened("U0001", "420100000001", "示范单位", 12, 12, AT),
            new UnitRatesChanged("U0001", 10, 10, NOVEMBER, AT),
            new EmployeeAccountOpened("P000000001", "U0001", "42010019900307001X", "张三", 850_000, NOVEMBER, AT),
            new EmployeeTransferredIn("P000000002", "U0001", "U0009", "420100199001010011", "李四", AT),
            new EmployeeAccountSealed("P000000001", "U0001", NOVEMBER, "离职", AT),
            new EmployeeAccountUnsealed("P000000002", "U0001", 600_000, NOVEMBER, AT),
            new ContributionBaseAdjusted("P000000001", "U0001", 900_000, YearMonth.of(2027, 7), AT),
            new RemittanceLinesCredited("20261102000017", "U0001", 1, 98, 2, 20_400_000, AT),
            new EmployeeInfoChanged("P000000001", "U0001", "42010019900307001X", "张三丰", AT),
            new EmployeeMovedToDepartment("P000000001", "U0001", "D01", AT),
            new DepartmentChanged("U0001", "D01", "ADDED", "财务部", AT),
            new UnitInfoChanged("U0001", "武汉市江岸区沿江大道1号", "王五", "027-85551234", AT),
            new UnitAccountClosed("U0001", AT),
            new AnnualInterestSettled("U0001", 2026, 98, 1_533_300, "0.015", AT));

    private AccountExamples() {
    }
}
