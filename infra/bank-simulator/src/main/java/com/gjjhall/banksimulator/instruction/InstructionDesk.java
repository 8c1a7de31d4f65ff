package com.gjjhall.banksimulator.instruction;

import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundBatchHandler;
import com.gjjhall.messaging.trace.TraceId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the platform's instructions arrive (topic {@code bank.instruction}). They are handled in the
 * transaction that records their event ids, a poll's consecutive debits together; the answers go out once that
 * transaction has committed.
 */
@Component
class InstructionDesk implements InboundBatchHandler {

    private static final String DEBIT = EventType.of(DebitInstructed.class).toString();
    private static final String QUERY = EventType.of(DebitStatusQueried.class).toString();
    private static final String REFUND = EventType.of(RefundInstructed.class).toString();
    private static final String VERIFICATION = EventType.of(AccountVerificationRequested.class).toString();

    private final DebitExecution debits;
    private final RefundExecution refunds;
    private final AccountVerification verifications;

    InstructionDesk(DebitExecution debits, RefundExecution refunds, AccountVerification verifications) {
        this.debits = debits;
        this.refunds = refunds;
        this.verifications = verifications;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(DEBIT, QUERY, REFUND, VERIFICATION);
    }

    /** Runs of consecutive debits are executed together; everything else one at a time, in the order received. */
    @Override
    public void handleAll(List<InboundEvent> events) {
        List<DebitExecution.Received> run = new ArrayList<>();
        for (InboundEvent event : events) {
            if (event.type().equals(DEBIT)) {
                run.add(new DebitExecution.Received(event.payloadAs(DebitInstructed.class), event.envelope().traceId()));
                continue;
            }
            executeDebits(run);
            try (TraceId.Scope ignored = TraceId.open(event.envelope().traceId())) {
                handleOne(event);
            }
        }
        executeDebits(run);
    }

    private void executeDebits(List<DebitExecution.Received> run) {
        if (!run.isEmpty()) {
            debits.executeAll(List.copyOf(run));
            run.clear();
        }
    }

    private void handleOne(InboundEvent event) {
        String type = event.type();
        if (type.equals(QUERY)) {
            debits.answerQuery(event.payloadAs(DebitStatusQueried.class));
        } else if (type.equals(REFUND)) {
            refunds.execute(event.payloadAs(RefundInstructed.class));
        } else if (type.equals(VERIFICATION)) {
            verifications.verify(event.payloadAs(AccountVerificationRequested.class));
        }
    }
}
