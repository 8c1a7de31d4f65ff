package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** Check that a payer account exists, is normal and carries this name. */
@PublishedEvent(name = "bank.instruction.AccountVerificationRequested", version = 1)
public record AccountVerificationRequested(String requestId,
                                           String bankCode,
                                           String accountNumber,
                                           String accountName,
                                           Instant requestedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
