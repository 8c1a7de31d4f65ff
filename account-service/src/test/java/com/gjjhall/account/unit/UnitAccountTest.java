package com.gjjhall.account.unit;

import com.gjjhall.account.shared.ContributionRate;
import com.gjjhall.account.shared.PhoneNumber;
import com.gjjhall.account.timing.RemittanceFacts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class UnitAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final String UNIT = "U1";
    private static final UnitAccountOpened OPENED = new UnitAccountOpened(UNIT, "420100000001", "示范单位", 12, 12, NOW);

    private AggregateTestFixture<UnitAccount> fixture;
    private final UnitAccountNumbers numbers = mock(UnitAccountNumbers.class);
    private final UnitHoldings holdings = mock(UnitHoldings.class);
    private final RemittanceFacts remittances = mock(RemittanceFacts.class);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(UnitAccount.class);
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(holdings);
        fixture.registerInjectableResource(remittances);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aClerkOpensAUnitAccountWithItsRates() {
        when(numbers.claim(null, UNIT)).thenReturn("420100000001");
        fixture.givenNoPriorActivity()
                .when(new OpenUnitAccountCommand(UNIT, null, "示范单位", new ContributionRate(12), new ContributionRate(12)))
                .expectEvents(OPENED);
    }

    @Test
    void ratesCannotChangeForAMonthAlreadyEntered() {
        YearMonth month = YearMonth.of(2026, 11);
        when(remittances.isMonthEntered(UNIT, month)).thenReturn(true);
        fixture.given(OPENED)
                .when(new ChangeUnitRatesCommand(UNIT, new ContributionRate(10), new ContributionRate(10), month))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void departmentNamesAreUniqueWithinTheUnit() {
        fixture.given(OPENED, new DepartmentAdded(UNIT, "D1", "财务部", NOW))
                .when(new AddDepartmentCommand(UNIT, "D2", "财务部"))
                .expectNoEvents().expectExceptionMessage("DEPARTMENT_NAME_TAKEN: 部门名称已存在");
    }

    @Test
    void aDepartmentWithEmployeesCannotBeRemoved() {
        when(holdings.employeesIn(UNIT, "D1")).thenReturn(3);
        fixture.given(OPENED, new DepartmentAdded(UNIT, "D1", "财务部", NOW))
                .when(new RemoveDepartmentCommand(UNIT, "D1"))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void aUnitWithABalanceCannotCloseAndAClosedOneChangesNoMore() {
        when(holdings.balanceFen(UNIT)).thenReturn(1L);
        fixture.given(OPENED).when(new CloseUnitAccountCommand(UNIT)).expectNoEvents()
                .expectException(BusinessException.class);
        fixture.given(OPENED, new UnitAccountClosed(UNIT, NOW))
                .when(new ChangeUnitInfoCommand(UNIT, "地址", "联系人", new PhoneNumber("13800000001")))
                .expectNoEvents().expectExceptionMessage("UNIT_ACCOUNT_CLOSED: 单位账户已注销");
    }

    @Test
    void anEmptyUnitCloses() {
        fixture.given(OPENED).when(new CloseUnitAccountCommand(UNIT)).expectEvents(new UnitAccountClosed(UNIT, NOW));
    }
}
