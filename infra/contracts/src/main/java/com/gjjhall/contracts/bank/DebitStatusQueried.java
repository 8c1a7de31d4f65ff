package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** No answer came for a debit: the bank answers again (or says it never received it). */
@PublishedEvent(name = "bank.instruction.DebitStatusQueried", version = 1)
public record DebitStatusQueried(String instructionId,
                                 String bankCode,
                                 Instant queriedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return instructionId;
    }
}
