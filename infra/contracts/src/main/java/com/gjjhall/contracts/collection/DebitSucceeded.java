package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The bank debited the unit's payer account for an audit number. */
@PublishedEvent(name = "collection.DebitSucceeded", version = 1)
public record DebitSucceeded(String debitRequestId,
                             String auditNumber,
                             String unitId,
                             long amountFen,
                             String bankCode,
                             String payerAccountNumber,
                             Instant succeededAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return debitRequestId;
    }
}
