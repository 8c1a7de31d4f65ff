package com.gjjhall.collection.bank;

import com.gjjhall.collection.agreement.command.RecordAccountVerificationCommand;
import com.gjjhall.collection.debit.command.RecordDebitAnswerCommand;
import com.gjjhall.collection.shared.OneUnitOfWork;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.messaging.inbound.InboundBatchHandler;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.trace.TraceId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The banks' answers that concern entrusted collection ({@code bank.settlement}): debit answers, account
 * checks and unit-bank signings. An answer to a request this service never sent is ignored. A poll's answers
 * are routed to their aggregates with one query: what an answer is for was written when the request went out,
 * in an earlier transaction, so no answer of the poll changes where another goes. A poll's answers are one unit of
 * work ({@link OneUnitOfWork}).
 */
@Component
class BankAnswerDesk implements InboundBatchHandler {

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
    public void handleAll(List<InboundEvent> events) {
        List<Object> answers = new ArrayList<>(events.size());
        List<String> requestIds = new ArrayList<>();
        for (InboundEvent event : events) {
            Object answer = payloadOf(event);
            answers.add(answer);
            if (answer instanceof DebitAnswered debit) {
                requestIds.add(debit.instructionId());
            } else if (answer instanceof AccountVerified verification) {
                requestIds.add(verification.requestId());
            }
        }
        Map<String, BankRequests.Sent> sent = requests.find(requestIds);
        OneUnitOfWork.run(events.size() + " bank answers", () -> {
            for (int i = 0; i < events.size(); i++) {
                try (TraceId.Scope ignored = TraceId.open(events.get(i).envelope().traceId())) {
                    handle(answers.get(i), sent);
                }
            }
        });
    }

    private Object payloadOf(InboundEvent event) {
        if (event.type().equals(DEBIT_ANSWERED)) {
            return event.payloadAs(DebitAnswered.class);
        }
        if (event.type().equals(ACCOUNT_VERIFIED)) {
            return event.payloadAs(AccountVerified.class);
        }
        return event.payloadAs(UnitBankSigningReported.class);
    }

    private void handle(Object answer, Map<String, BankRequests.Sent> sent) {
        if (answer instanceof DebitAnswered debit) {
            String auditNumber = aggregateOf(debit.instructionId(), BankRequests.Kind.DEBIT, sent);
            if (auditNumber != null) {
                commands.sendAndWait(new RecordDebitAnswerCommand(auditNumber, debit.instructionId(), debit.outcome()));
            }
        } else if (answer instanceof AccountVerified verification) {
            String unitId = aggregateOf(verification.requestId(), BankRequests.Kind.VERIFICATION, sent);
            if (unitId != null) {
                commands.sendAndWait(new RecordAccountVerificationCommand(unitId, verification.requestId(),
                        verification.outcome()));
            }
        } else if (answer instanceof UnitBankSigningReported signing) {
            signings.record(signing.bankCode(), signing.payerAccountNumber(), signing.signedAt());
        }
    }

    private static String aggregateOf(String requestId, BankRequests.Kind kind, Map<String, BankRequests.Sent> sent) {
        BankRequests.Sent request = sent.get(requestId);
        if (request == null || request.kind() != kind) {
            log.info("bank answer to {} request {} that this service did not send: ignored", kind, requestId);
            return null;
        }
        return request.aggregateId();
    }
}
