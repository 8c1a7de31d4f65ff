package com.gjjhall.identity.demo;

import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.identity.operator.LoginName;
import com.gjjhall.identity.operator.LoginNameClaims;
import com.gjjhall.identity.operator.RegisterOperatorCommand;
import com.gjjhall.identity.unit.EnrolUnitCommand;
import com.gjjhall.identity.unit.OpenOnlineBusinessCommand;
import com.gjjhall.identity.unit.ServiceAgreement;
import com.gjjhall.identity.unit.UnifiedSocialCreditCode;
import com.gjjhall.identity.unit.UnitCodeClaims;
import com.gjjhall.servicekit.security.CurrentOperator;
import com.gjjhall.softkey.KeyAlgorithm;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The demo world for local runs and demos (README): a unit with a maker and a checker, each with a soft USB
 * key, and the fund centre's clerk and ops users (who log in without a key). Seeded through the same
 * commands as real registrations.
 */
@Component
@ConditionalOnProperty(name = "gjj.demo.seed", havingValue = "true")
class DemoUnit implements ApplicationRunner {

    static final String PASSWORD = "Demo@2026";
    static final String UNIT_ID = "U-DEMO";
    static final String CENTRE_ID = "U-CENTRE";
    static final String MAKER_ID = "OP-DEMO-MAKER";
    static final String CHECKER_ID = "OP-DEMO-CHECKER";
    private static final UnifiedSocialCreditCode UNIT_CODE = UnifiedSocialCreditCode.withCheckCharacter("91420100MA4K00001");
    private static final String UNIT_NAME = "示范单位";

    private static final Logger log = LoggerFactory.getLogger(DemoUnit.class);

    private final CommandGateway commands;
    private final UnitCodeClaims units;
    private final UnitDirectory unitDirectory;
    private final LoginNameClaims loginNames;
    private final ServiceAgreement agreement;
    private final DemoKeys keys;

    DemoUnit(CommandGateway commands, UnitCodeClaims units, UnitDirectory unitDirectory, LoginNameClaims loginNames,
             ServiceAgreement agreement, DemoKeys keys) {
        this.commands = commands;
        this.units = units;
        this.unitDirectory = unitDirectory;
        this.loginNames = loginNames;
        this.agreement = agreement;
        this.keys = keys;
    }

    /** Each step is skipped when already done, so a start interrupted half-way completes the next time. */
    @Override
    public void run(ApplicationArguments args) {
        enrol(UNIT_ID, UNIT_CODE, UNIT_NAME);
        enrol(CENTRE_ID, UnifiedSocialCreditCode.withCheckCharacter("12420100MB0000001"), "住房公积金管理中心（示范）");
        register(MAKER_ID, UNIT_ID, "demo-maker", "示范录入员", "13800000001", CurrentOperator.OPERATOR);
        register(CHECKER_ID, UNIT_ID, "demo-checker", "示范复核员", "13800000002", CurrentOperator.OPERATOR);
        register("OP-DEMO-CLERK", CENTRE_ID, "demo-clerk", "中心柜员", "13800000003", CurrentOperator.CLERK);
        register("OP-DEMO-OPS", CENTRE_ID, "demo-ops", "中心运维", "13800000004", CurrentOperator.OPS);
        if (!unitDirectory.get(UNIT_ID).onlineBusinessOpened()) {
            commands.sendAndWait(new OpenOnlineBusinessCommand(UNIT_ID, MAKER_ID, agreement.version(), UNIT_CODE.value(),
                    UNIT_NAME, "示范联系人", "13800000001", PASSWORD));
        }
        keys.ensure(UNIT_ID, MAKER_ID, "demo-maker", KeyAlgorithm.SM2);
        keys.ensure(UNIT_ID, CHECKER_ID, "demo-checker", KeyAlgorithm.ECDSA_P256);
        keys.writeReadme();
        log.info("demo unit 示范单位 ready: demo-maker / demo-checker with soft USB keys demo-maker.p12 and "
                + "demo-checker.p12 in {} (see its README.txt), clerk demo-clerk, ops demo-ops", keys.directory());
    }

    private void enrol(String unitId, UnifiedSocialCreditCode code, String name) {
        if (!units.isEnrolled(code)) {
            commands.sendAndWait(new EnrolUnitCommand(unitId, code, name));
        }
    }

    private void register(String operatorId, String unitId, String loginName, String operatorName, String mobile,
                          String role) {
        LoginName name = new LoginName(loginName);
        if (!loginNames.isClaimed(name)) {
            commands.sendAndWait(new RegisterOperatorCommand(operatorId, unitId, name, operatorName, mobile, PASSWORD,
                    Set.of(role)));
        }
    }
}
