package com.gjjhall.collection.demo;

import com.gjjhall.collection.agreement.command.SubmitAgreementApplicationCommand;
import com.gjjhall.collection.agreement.query.AgreementView;
import com.gjjhall.collection.agreement.query.Agreements;
import com.gjjhall.collection.shared.Ids;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The demo unit 示范单位 (U-DEMO) pays by entrusted collection from its ICBC account, registered at the
 * counter by demo-clerk, as the bank simulator's demo world has it. The bank's account check answers when
 * the simulator is up; until then the registration stays 处理中 and the check is sent again.
 */
@Component
@ConditionalOnProperty(name = "gjj.demo.seed", havingValue = "true")
class DemoAgreement implements ApplicationRunner {

    static final String UNIT_ID = "U-DEMO";
    static final String CLERK_ID = "OP-DEMO-CLERK";
    static final PayerAccountDetails ICBC = new PayerAccountDetails("ICBC", "3202000000000001", "示范单位");

    private static final Logger log = LoggerFactory.getLogger(DemoAgreement.class);

    private final Agreements agreements;
    private final CommandGateway commands;

    DemoAgreement(Agreements agreements, CommandGateway commands) {
        this.agreements = agreements;
        this.commands = commands;
    }

    @Override
    public void run(ApplicationArguments args) {
        AgreementView agreement = agreements.of(UNIT_ID);
        if (!"NONE".equals(agreement.state()) || agreement.applicationInProgress() != null) {
            return;
        }
        commands.sendAndWait(new SubmitAgreementApplicationCommand(UNIT_ID, Ids.next("AP"),
                AgreementApplicationType.REGISTRATION, List.of(ICBC), List.of(), CLERK_ID));
        log.info("demo unit 示范单位: entrusted collection registered at ICBC {}, effective once the bank checks it",
                ICBC.accountNumber());
    }
}
