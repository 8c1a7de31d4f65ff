package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The bank refused a payer account of an application (e.g. 扣款户名不一致); nothing in the agreement changed. */
@PublishedEvent(name = "collection.CollectionAgreementApplicationRefused", version = 1)
public record CollectionAgreementApplicationRefused(String applicationId,
                                                    String unitId,
                                                    AgreementApplicationType applicationType,
                                                    String bankCode,
                                                    String accountNumber,
                                                    String reasonCode,
                                                    String reason,
                                                    Instant refusedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
