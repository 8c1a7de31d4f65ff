package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** Entrusted collection: debit the unit's payer account for a reviewed order. A resubmission is a new request for the same audit number. */
@PublishedEvent(name = "remittance.CollectionDebitRequested", version = 1)
public record CollectionDebitRequested(String debitRequestId,
                                       String auditNumber,
                                       String unitId,
                                       long amountFen,
                                       Instant requestedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return debitRequestId;
    }
}
