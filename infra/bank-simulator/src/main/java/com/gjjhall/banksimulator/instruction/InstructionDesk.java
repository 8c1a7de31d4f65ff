package com.gjjhall.banksimulator.instruction;

import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Where the platform's instructions arrive (topic {@code bank.instruction}). Each is handled in the
 * transaction that records its event id; the answer goes out once that transaction has committed.
 */
@Component
class InstructionDesk implements InboundEventHandler {

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

    @Override
    public void handle(InboundEvent event) {
        String type = event.type();
        if (type.equals(DEBIT)) {
            debits.execute(event.payloadAs(DebitInstructed.class));
        } else if (type.equals(QUERY)) {
            debits.answerQuery(event.payloadAs(DebitStatusQueried.class));
        } else if (type.equals(REFUND)) {
            refunds.execute(event.payloadAs(RefundInstructed.class));
        } else if (type.equals(VERIFICATION)) {
            verifications.verify(event.payloadAs(AccountVerificationRequested.class));
        }
    }
}
