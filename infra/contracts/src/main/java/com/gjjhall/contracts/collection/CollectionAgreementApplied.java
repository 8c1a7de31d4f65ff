package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.util.List;

/**
 * A unit applied online to open entrusted collection or to change its payer accounts; the bank verified the
 * accounts and the application now waits for the bank to make it effective (生效).
 */
@PublishedEvent(name = "collection.CollectionAgreementApplied", version = 1)
public record CollectionAgreementApplied(String applicationId,
                                         String agreementId,
                                         String unitId,
                                         AgreementApplicationType applicationType,
                                         List<PayerAccount> addedAccounts,
                                         List<String> replacedAccountNumbers,
                                         String appliedBy,
                                         Instant appliedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
