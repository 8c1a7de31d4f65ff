package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The debit failed with the bank's reason, in the words the operator sees. */
@PublishedEvent(name = "collection.DebitFailed", version = 1)
public record DebitFailed(String debitRequestId,
                          String auditNumber,
                          String unitId,
                          String reasonCode,
                          String reason,
                          boolean retryable,
                          Instant failedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return debitRequestId;
    }
}
