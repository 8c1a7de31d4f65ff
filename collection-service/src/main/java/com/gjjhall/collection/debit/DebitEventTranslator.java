package com.gjjhall.collection.debit;

import com.gjjhall.collection.debit.command.DebitFailed;
import com.gjjhall.collection.debit.command.DebitInstructed;
import com.gjjhall.collection.debit.command.DebitInstructionResent;
import com.gjjhall.collection.debit.command.DebitStatusQueryIssued;
import com.gjjhall.collection.debit.command.DebitSucceeded;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the debits tell the banks ({@code bank.instruction}: the audit number is the memo) and the platform
 * ({@code collection.events}: one outcome per debit request).
 */
@Component
class DebitEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        if (domainEvent instanceof DebitInstructed e) {
            return Optional.of(new com.gjjhall.contracts.bank.DebitInstructed(e.instructionId(), e.bankCode(),
                    e.payerAccountNumber(), e.payerAccountName(), e.amountFen(), e.auditNumber(), e.unitId(),
                    e.instructedAt()));
        }
        if (domainEvent instanceof DebitInstructionResent e) {
            return Optional.of(new com.gjjhall.contracts.bank.DebitInstructed(e.instructionId(), e.bankCode(),
                    e.payerAccountNumber(), e.payerAccountName(), e.amountFen(), e.auditNumber(), e.unitId(),
                    e.resentAt()));
        }
        if (domainEvent instanceof DebitStatusQueryIssued e) {
            return Optional.of(new DebitStatusQueried(e.instructionId(), e.bankCode(), e.queriedAt()));
        }
        if (domainEvent instanceof DebitSucceeded e) {
            return Optional.of(new com.gjjhall.contracts.collection.DebitSucceeded(e.debitRequestId(), e.auditNumber(),
                    e.unitId(), e.amountFen(), e.bankCode(), e.payerAccountNumber(), e.succeededAt()));
        }
        if (domainEvent instanceof DebitFailed e) {
            return Optional.of(new com.gjjhall.contracts.collection.DebitFailed(e.debitRequestId(), e.auditNumber(),
                    e.unitId(), e.reasonCode(), e.reason(), e.retryable(), e.failedAt()));
        }
        return Optional.empty();
    }
}
