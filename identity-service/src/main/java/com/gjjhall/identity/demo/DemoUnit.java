package com.gjjhall.identity.demo;

import com.gjjhall.identity.operator.LoginName;
import com.gjjhall.identity.operator.LoginNameClaims;
import com.gjjhall.identity.operator.RegisterOperatorCommand;
import com.gjjhall.identity.unit.EnrolUnitCommand;
import com.gjjhall.identity.unit.UnifiedSocialCreditCode;
import com.gjjhall.identity.unit.UnitCodeClaims;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo world for local runs and demos (README): a unit with a maker and a checker, and the fund
 * centre's clerk and ops users. Seeded once, through the same commands as real registrations.
 */
@Component
@ConditionalOnProperty(name = "gjj.demo.seed", havingValue = "true")
class DemoUnit implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final String UNIT_ID = "U-DEMO";
    static final String CENTRE_ID = "U-CENTRE";

    private static final Logger log = LoggerFactory.getLogger(DemoUnit.class);

    private final CommandGateway commands;
    private final UnitCodeClaims units;
    private final LoginNameClaims loginNames;

    DemoUnit(CommandGateway commands, UnitCodeClaims units, LoginNameClaims loginNames) {
        this.commands = commands;
        this.units = units;
        this.loginNames = loginNames;
    }

    /** Each step is skipped when already done, so a start interrupted half-way completes the next time. */
    @Override
    public void run(ApplicationArguments args) {
        enrol(UNIT_ID, UnifiedSocialCreditCode.withCheckCharacter("91420100MA4K00001"), "示范单位");
        enrol(CENTRE_ID, UnifiedSocialCreditCode.withCheckCharacter("12420100MB0000001"), "住房公积金管理中心（示范）");
        register("OP-DEMO-MAKER", UNIT_ID, "demo-maker", "13800000001", CurrentOperator.OPERATOR);
        register("OP-DEMO-CHECKER", UNIT_ID, "demo-checker", "13800000002", CurrentOperator.OPERATOR);
        register("OP-DEMO-CLERK", CENTRE_ID, "demo-clerk", "13800000003", CurrentOperator.CLERK);
        register("OP-DEMO-OPS", CENTRE_ID, "demo-ops", "13800000004", CurrentOperator.OPS);
        log.info("demo unit 示范单位 ready: demo-maker / demo-checker, clerk demo-clerk, ops demo-ops");
    }

    private void enrol(String unitId, UnifiedSocialCreditCode code, String name) {
        if (!units.isEnrolled(code)) {
            commands.sendAndWait(new EnrolUnitCommand(unitId, code, name));
        }
    }

    private void register(String operatorId, String unitId, String loginName, String mobile, String role) {
        LoginName name = new LoginName(loginName);
        if (!loginNames.isClaimed(name)) {
            commands.sendAndWait(new RegisterOperatorCommand(operatorId, unitId, name, mobile, PASSWORD, Set.of(role)));
        }
    }
}
