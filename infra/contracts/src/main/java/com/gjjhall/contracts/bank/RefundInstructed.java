package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** Return a transfer to its payer (原路退款) with the reason. */
@PublishedEvent(name = "bank.instruction.RefundInstructed", version = 1)
public record RefundInstructed(String instructionId,
                               String transferId,
                               String bankCode,
                               String payeeAccountNumber,
                               String payeeAccountName,
                               long amountFen,
                               String reason,
                               Instant instructedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return instructionId;
    }
}
