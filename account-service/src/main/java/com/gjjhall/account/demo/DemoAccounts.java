package com.gjjhall.account.demo;

import com.gjjhall.account.AccountError;
import com.gjjhall.account.employee.IdNumberClaims;
import com.gjjhall.account.employee.OpenEmployeeAccountCommand;
import com.gjjhall.account.employee.PersonalAccountNumbers;
import com.gjjhall.account.shared.AccountSettings;
import com.gjjhall.account.shared.ContributionRate;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.account.shared.PersonName;
import com.gjjhall.account.shared.PhoneNumber;
import com.gjjhall.account.unit.AddDepartmentCommand;
import com.gjjhall.account.unit.OpenUnitAccountCommand;
import com.gjjhall.account.view.UnitAccounts;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Demo only, decided here and nowhere else: the demo unit 示范单位 ({@code U-DEMO}, which only identity's demo
 * seed creates) gets its fund account at 12%/12% and three employees, when its enrolment arrives or at start
 * with {@code gjj.demo.seed=true}. Real unit accounts are opened by a clerk ({@code POST /api/account/units}).
 */
@Component
public class DemoAccounts implements ApplicationRunner {

    public static final String UNIT_ID = "U-DEMO";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record DemoEmployee(String first17, String name, String mobile, long baseFen) {
    }

    private static final List<DemoEmployee> EMPLOYEES = List.of(
            new DemoEmployee("42010219900307001", "张三", "13900000001", 850_000),
            new DemoEmployee("42010619850612002", "李四", "13900000002", 1_200_000),
            new DemoEmployee("42011119921124003", "欧阳·娜娜", "13900000003", 600_000));

    private final CommandGateway commands;
    private final UnitAccounts units;
    private final IdNumberClaims claims;
    private final PersonalAccountNumbers numbers;
    private final Clock clock;
    private final AccountSettings settings;
    private final boolean seedAtStart;

    DemoAccounts(CommandGateway commands, UnitAccounts units, IdNumberClaims claims, PersonalAccountNumbers numbers,
                 Clock clock, AccountSettings settings, @Value("${gjj.demo.seed:false}") boolean seedAtStart) {
        this.commands = commands;
        this.units = units;
        this.claims = claims;
        this.numbers = numbers;
        this.clock = clock;
        this.settings = settings;
        this.seedAtStart = seedAtStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seedAtStart) {
            ensure("示范单位");
        }
    }

    public void unitEnrolled(String unitId, String unitName) {
        if (UNIT_ID.equals(unitId)) {
            ensure(unitName);
        }
    }

    private synchronized void ensure(String unitName) {
        if (units.find(UNIT_ID).isPresent()) {
            return;
        }
        // Each step may already be done: the start-up seed and identity's UnitEnrolled can both get here, and a
        // failed batch of events may have committed a step its read model has not shown yet.
        alreadyDoneIf(AccountError.UNIT_ACCOUNT_EXISTS, () -> commands.sendAndWait(new OpenUnitAccountCommand(UNIT_ID,
                null, unitName, new ContributionRate(12), new ContributionRate(12))));
        alreadyDoneIf(AccountError.DEPARTMENT_NAME_TAKEN,
                () -> commands.sendAndWait(new AddDepartmentCommand(UNIT_ID, "D-DEMO-1", "综合部")));
        // 起缴年月 six months back, so the demo shows back-payment (补缴) of the months since as well as 汇缴.
        YearMonth start = YearMonth.now(clock.withZone(settings.zone())).minusMonths(6);
        for (DemoEmployee e : EMPLOYEES) {
            IdNumber id = new IdNumber(e.first17() + IdNumber.checkCharacter(e.first17()));
            if (claims.accountOf(id).isEmpty()) {
                alreadyDoneIf(AccountError.ID_NUMBER_HAS_ACCOUNT, () -> commands.sendAndWait(new OpenEmployeeAccountCommand(
                        numbers.next(), UNIT_ID, id, new PersonName(e.name()), new PhoneNumber(e.mobile()), "D-DEMO-1",
                        e.baseFen(), start)));
            }
        }
        log.info("demo unit account 示范单位 ({}) opened with {} employees", UNIT_ID, EMPLOYEES.size());
    }

    private static void alreadyDoneIf(AccountError done, Runnable step) {
        try {
            step.run();
        } catch (BusinessException e) {
            if (e.code() != done) {
                throw e;
            }
        }
    }
}
