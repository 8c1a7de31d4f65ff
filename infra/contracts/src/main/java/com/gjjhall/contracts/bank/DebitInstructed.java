package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** Debit a payer account (委托收款). The bank must execute one instruction id at most once. */
@PublishedEvent(name = "bank.instruction.DebitInstructed", version = 1)
public record DebitInstructed(String instructionId,
                              String bankCode,
                              String payerAccountNumber,
                              String payerAccountName,
                              long amountFen,
                              String memo,
                              String unitId,
                              Instant instructedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return instructionId;
    }
}
