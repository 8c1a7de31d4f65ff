package com.gjjhall.account.employee;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.shared.BaseLimits;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.shared.PersonName;
import com.gjjhall.account.timing.ContributionTiming;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class EmployeeAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final String ACCOUNT = "100000000001";
    private static final String UNIT = "U1";
    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final String ID = "11010519491231002X";

    private AggregateTestFixture<EmployeeAccount> fixture;
    private final IdNumberClaims claims = mock(IdNumberClaims.class);
    private final UnitAccounts units = mock(UnitAccounts.class);
    private final BaseLimits limits = mock(BaseLimits.class);
    private final ContributionTiming timing = mock(ContributionTiming.class);
    private final Balances balances = mock(Balances.class);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmployeeAccount.class);
        fixture.registerInjectableResource(claims);
        fixture.registerInjectableResource(units);
        fixture.registerInjectableResource(limits);
        fixture.registerInjectableResource(timing);
        fixture.registerInjectableResource(balances);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static EmployeeAccountOpened opened(String idNumber) {
        return new EmployeeAccountOpened(ACCOUNT, UNIT, idNumber, "张三", "13900000001", null, 850_000, NOV, NOW);
    }

    @Test
    void canOpenAnAccountForAPersonWithNone() {
        fixture.givenNoPriorActivity()
                .when(new OpenEmployeeAccountCommand(ACCOUNT, UNIT, new IdNumber(ID), new PersonName("张三"),
                        new com.gjjhall.account.shared.PhoneNumber("13900000001"), null, 850_000, NOV))
                .expectEvents(opened(ID));
    }

    @Test
    void cannotOpenASecondAccountForTheSameIdNumber() {
        doThrow(new BusinessException(AccountError.ID_NUMBER_HAS_ACCOUNT)).when(claims).claim(any(), any());
        fixture.givenNoPriorActivity()
                .when(new OpenEmployeeAccountCommand(ACCOUNT, UNIT, new IdNumber(ID), new PersonName("张三"), null, null,
                        850_000, NOV))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void canSealAnActiveAccountFromTheMonthTimingAllows() {
        when(timing.sealFrom(UNIT, ACCOUNT, NOV)).thenReturn(DEC);
        fixture.given(opened(ID))
                .when(new SealEmployeeAccountCommand(ACCOUNT, UNIT, "离职"))
                .expectEvents(new EmployeeAccountSealed(ACCOUNT, UNIT, DEC, "离职", NOW));
    }

    @Test
    void anotherUnitsOperatorCannotSealAndIsToldTheAccountDoesNotExist() {
        fixture.given(opened(ID))
                .when(new SealEmployeeAccountCommand(ACCOUNT, "U2", "离职"))
                .expectNoEvents()
                .expectExceptionMessage("EMPLOYEE_NOT_FOUND: 个人账户不存在");
    }

    @Test
    void cannotSealTwice() {
        fixture.given(opened(ID), new EmployeeAccountSealed(ACCOUNT, UNIT, DEC, "离职", NOW))
                .when(new SealEmployeeAccountCommand(ACCOUNT, UNIT, "离职"))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void cannotUnsealFromAMonthBeforeTheSeal() {
        fixture.given(opened(ID), new EmployeeAccountSealed(ACCOUNT, UNIT, DEC, "离职", NOW))
                .when(new UnsealEmployeeAccountCommand(ACCOUNT, UNIT, 900_000, NOV))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void canUnsealWithABaseAndStartMonth() {
        fixture.given(opened(ID), new EmployeeAccountSealed(ACCOUNT, UNIT, DEC, "离职", NOW))
                .when(new UnsealEmployeeAccountCommand(ACCOUNT, UNIT, 900_000, DEC.plusMonths(1)))
                .expectEvents(new EmployeeAccountUnsealed(ACCOUNT, UNIT, 900_000, DEC.plusMonths(1), NOW));
    }

    @Test
    void aBaseAdjustmentWithoutAMonthTakesTheNextMonthNotYetEntered() {
        when(timing.nextOpenMonth(UNIT)).thenReturn(DEC);
        fixture.given(opened(ID))
                .when(new AdjustContributionBaseCommand(ACCOUNT, UNIT, 900_000, null))
                .expectEvents(new ContributionBaseAdjusted(ACCOUNT, UNIT, 900_000, DEC, NOW));
    }

    @Test
    void aSealedAccountTransfersToAnotherUnitAndStaysSealed() {
        when(balances.of(ACCOUNT)).thenReturn(123_456L);
        fixture.given(opened(ID), new EmployeeAccountSealed(ACCOUNT, UNIT, DEC, "离职", NOW))
                .when(new TransferInCommand(ACCOUNT, "U2", null))
                .expectEvents(new EmployeeTransferredIn(ACCOUNT, "U2", UNIT, null, ID, "张三", 123_456L, NOW));
    }

    @Test
    void anActiveAccountCannotBeTransferred() {
        fixture.given(opened(ID))
                .when(new TransferInCommand(ACCOUNT, "U2", null))
                .expectNoEvents()
                .expectExceptionMessage("TRANSFER_SOURCE_NOT_SEALED: 该职工在原单位的账户尚未封存，不能办理职工转移");
    }

    @Test
    void aLegacyIdNumberIsUpgradedAndAnEighteenDigitOneIsNot() {
        fixture.given(opened("110105491231002"))
                .when(new UpgradeIdNumberCommand(ACCOUNT, UNIT, null))
                .expectEvents(new IdNumberUpgraded(ACCOUNT, UNIT, "110105491231002", ID, "张三", NOW));
        fixture.given(opened(ID))
                .when(new UpgradeIdNumberCommand(ACCOUNT, UNIT, null))
                .expectNoEvents().expectException(BusinessException.class);
    }

    @Test
    void aMoveNeedsADepartmentOfTheUnit() {
        doThrow(new BusinessException(AccountError.DEPARTMENT_NOT_FOUND)).when(units).requireDepartment(eq(UNIT), eq("D9"));
        fixture.given(opened(ID))
                .when(new MoveToDepartmentCommand(ACCOUNT, UNIT, "D9"))
                .expectNoEvents().expectException(BusinessException.class);
    }
}
