package com.gjjhall.collection.bank;

import com.gjjhall.collection.agreement.command.RecordAccountVerificationCommand;
import com.gjjhall.collection.debit.command.RecordDebitAnswerCommand;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * The banks' answers that concern entrusted collection ({@code bank.settlement}): debit answers, account
 * checks and unit-bank signings. An answer to a request this service never sent is ignored.
 */
@Component
class BankAnswerDesk implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(BankAnswerDesk.class);
    private static final String DEBIT_ANSWERED = EventType.of(DebitAnswered.class).toString();
    private static final String ACCOUNT_VERIFIED = EventType.of(AccountVerified.class).toString();
    private static final String SIGNING_REPORTED = EventType.of(UnitBankSigningReported.class).toString();

    private final BankRequests requests;
    private final Signings signings;
    private final CommandGateway commands;

    BankAnswerDesk(BankRequests requests, Signings signings, CommandGateway commands) {
        this.requests = requests;
        this.signings = signings;
        this.commands = commands;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DEBIT_ANSWERED, ACCOUNT_VERIFIED, SIGNING_REPORTED);
    }

    @Override
    public void handle(InboundEvent event) {
        if (event.type().equals(DEBIT_ANSWERED)) {
            DebitAnswered answer = event.payloadAs(DebitAnswered.class);
            route(answer.instructionId(), BankRequests.Kind.DEBIT).ifPresent(auditNumber -> commands.sendAndWait(
                    new RecordDebitAnswerCommand(auditNumber, answer.instructionId(), answer.outcome())));
        } else if (event.type().equals(ACCOUNT_VERIFIED)) {
            AccountVerified answer = event.payloadAs(AccountVerified.class);
            route(answer.requestId(), BankRequests.Kind.VERIFICATION).ifPresent(unitId -> commands.sendAndWait(
                    new RecordAccountVerificationCommand(unitId, answer.requestId(), answer.outcome())));
        } else if (event.type().equals(SIGNING_REPORTED)) {
            UnitBankSigningReported signing = event.payloadAs(UnitBankSigningReported.class);
            signings.record(signing.bankCode(), signing.payerAccountNumber(), signing.signedAt());
        }
    }

    private Optional<String> route(String requestId, BankRequests.Kind kind) {
        Optional<String> aggregate = requests.aggregateOf(requestId, kind);
        if (aggregate.isEmpty()) {
            log.info("bank answer to {} request {} that this service did not send: ignored", kind, requestId);
        }
        return aggregate;
    }
}
