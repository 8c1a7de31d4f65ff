package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A refund reached the payer. */
@PublishedEvent(name = "bank.settlement.RefundCompleted", version = 1)
public record RefundCompleted(String instructionId,
                              String transferId,
                              String bankCode,
                              long amountFen,
                              Instant completedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return instructionId;
    }
}
