package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The bank's answer to a debit instruction (or to a status query about it). */
@PublishedEvent(name = "bank.settlement.DebitAnswered", version = 1)
public record DebitAnswered(String instructionId,
                            String bankCode,
                            DebitOutcome outcome,
                            String message,
                            Instant answeredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return instructionId;
    }
}
