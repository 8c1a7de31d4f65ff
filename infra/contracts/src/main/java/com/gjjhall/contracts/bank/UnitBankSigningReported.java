package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The bank reports the unit-bank collection signing (收款签约) of a payer account. */
@PublishedEvent(name = "bank.settlement.UnitBankSigningReported", version = 1)
public record UnitBankSigningReported(String bankCode,
                                      String payerAccountNumber,
                                      Instant signedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return payerAccountNumber;
    }
}
