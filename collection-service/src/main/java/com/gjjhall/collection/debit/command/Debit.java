package com.gjjhall.collection.debit.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.DebitOutcome;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The entrusted-collection debits of one audit number (审核单号). At most one instruction is at the bank at
 * a time, and none after one succeeded: a resubmission while 处理中 waits for that instruction's answer, one
 * after success is told of it, one after a failure sends a new instruction. Every request gets exactly one
 * answer; repeated and late bank answers change nothing. Cached: the answer to a debit finds it in memory
 * instead of reading its events again.
 */
@Aggregate(cache = "debitCache", commandTargetResolver = DebitTargets.BEAN)
public class Debit {

    @AggregateIdentifier
    private String auditNumber;
    private String unitId;
    private final Set<String> requests = new HashSet<>();
    private int attempts;
    private Attempt current;

    protected Debit() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestDebitCommand command, PayerAccounts payers, Clock clock) {
        if (requests.contains(command.debitRequestId())) {
            return;
        }
        Instant now = clock.instant();
        if (auditNumber != null && !unitId.equals(command.unitId())) {
            apply(new DebitFailed(command.auditNumber(), command.debitRequestId(), null, command.unitId(),
                    DebitFailureReason.NOT_THIS_UNIT.name(), DebitFailureReason.NOT_THIS_UNIT.reason(), false, now));
        } else if (current != null && current.state == State.PROCESSING) {
            apply(new DebitRequestJoined(auditNumber, command.debitRequestId(), current.instructionId, now));
        } else if (current != null && current.state == State.SUCCEEDED) {
            apply(new DebitSucceeded(auditNumber, command.debitRequestId(), current.instructionId, unitId,
                    current.amountFen, current.payer.bankCode(), current.payer.accountNumber(), now));
        } else {
            Optional<PayerAccountDetails> payer = payers.debitAccountOf(command.unitId());
            if (payer.isEmpty()) {
                fail(command.auditNumber(), command.debitRequestId(), null, command.unitId(), DebitFailureReason.NO_AGREEMENT, now);
                return;
            }
            apply(new DebitInstructed(command.auditNumber(), "DI" + command.auditNumber() + "-" + (attempts + 1),
                    command.debitRequestId(), command.unitId(), command.amountFen(), payer.get().bankCode(),
                    payer.get().accountNumber(), payer.get().accountName(), now));
        }
    }

    @CommandHandler
    void handle(RecordDebitAnswerCommand command, Clock clock) {
        if (current == null || current.state != State.PROCESSING || !current.instructionId.equals(command.instructionId())) {
            return;
        }
        Instant now = clock.instant();
        if (command.outcome() == DebitOutcome.UNKNOWN_INSTRUCTION) {
            apply(new DebitInstructionResent(auditNumber, current.instructionId, unitId, current.amountFen,
                    current.payer.bankCode(), current.payer.accountNumber(), current.payer.accountName(), now));
        } else if (command.outcome() == DebitOutcome.SUCCEEDED) {
            for (String request : List.copyOf(current.requests)) {
                apply(new DebitSucceeded(auditNumber, request, current.instructionId, unitId, current.amountFen,
                        current.payer.bankCode(), current.payer.accountNumber(), now));
            }
        } else {
            DebitFailureReason reason = DebitFailureReason.of(command.outcome());
            String instructionId = current.instructionId;
            for (String request : List.copyOf(current.requests)) {
                fail(auditNumber, request, instructionId, unitId, reason, now);
            }
        }
    }

    @CommandHandler
    void handle(QueryDebitStatusCommand command, Clock clock) {
        if (current != null && current.state == State.PROCESSING && current.instructionId.equals(command.instructionId())) {
            apply(new DebitStatusQueryIssued(auditNumber, current.instructionId, current.payer.bankCode(), clock.instant()));
        }
    }

    private static void fail(String auditNumber, String request, String instructionId, String forUnit,
                             DebitFailureReason reason, Instant at) {
        apply(new DebitFailed(auditNumber, request, instructionId, forUnit, reason.name(), reason.reason(),
                reason.retryable(), at));
    }

    /** The first request decides whose audit number it is; every request is remembered, so it is answered once. */
    private void requested(String auditNumber, String unitId, String debitRequestId) {
        if (this.auditNumber == null) {
            this.auditNumber = auditNumber;
            this.unitId = unitId;
        }
        requests.add(debitRequestId);
    }

    @EventSourcingHandler
    void on(DebitInstructed event) {
        requested(event.auditNumber(), event.unitId(), event.debitRequestId());
        attempts++;
        current = new Attempt(event.instructionId(), event.amountFen(),
                new PayerAccountDetails(event.bankCode(), event.payerAccountNumber(), event.payerAccountName()));
        current.requests.add(event.debitRequestId());
    }

    @EventSourcingHandler
    void on(DebitRequestJoined event) {
        requests.add(event.debitRequestId());
        current.requests.add(event.debitRequestId());
    }

    @EventSourcingHandler
    void on(DebitSucceeded event) {
        requests.add(event.debitRequestId());
        if (current != null && event.instructionId().equals(current.instructionId)) {
            current.state = State.SUCCEEDED;
        }
    }

    @EventSourcingHandler
    void on(DebitFailed event) {
        requested(event.auditNumber(), event.unitId(), event.debitRequestId());
        if (current != null && event.instructionId() != null && event.instructionId().equals(current.instructionId)) {
            current.state = State.FAILED;
        }
    }

    private enum State {
        PROCESSING,
        SUCCEEDED,
        FAILED
    }

    /** The instruction at the bank, or the last one, and the requests waiting for its answer. */
    private static final class Attempt {
        private final String instructionId;
        private final long amountFen;
        private final PayerAccountDetails payer;
        private final List<String> requests = new ArrayList<>();
        private State state = State.PROCESSING;

        private Attempt(String instructionId, long amountFen, PayerAccountDetails payer) {
            this.instructionId = instructionId;
            this.amountFen = amountFen;
            this.payer = payer;
        }
    }
}
