package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The bank's answer to an account check. */
@PublishedEvent(name = "bank.settlement.AccountVerified", version = 1)
public record AccountVerified(String requestId,
                              String bankCode,
                              String accountNumber,
                              VerificationOutcome outcome,
                              String message,
                              Instant verifiedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
