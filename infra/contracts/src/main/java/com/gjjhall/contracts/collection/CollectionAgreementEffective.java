package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.util.List;

/**
 * The agreement is in force with these payer accounts: registered at the bank counter (登记), or an online
 * opening or change application confirmed by the bank (生效). {@code accounts} is the whole current list.
 */
@PublishedEvent(name = "collection.CollectionAgreementEffective", version = 1)
public record CollectionAgreementEffective(String applicationId,
                                           String agreementId,
                                           String unitId,
                                           AgreementApplicationType applicationType,
                                           List<PayerAccount> accounts,
                                           String confirmedBy,
                                           Instant effectiveAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
