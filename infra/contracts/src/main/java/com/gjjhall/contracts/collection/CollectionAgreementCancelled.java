package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The unit cancelled entrusted collection as a settlement method (委托收款结算方式取消): the agreement ended at once. */
@PublishedEvent(name = "collection.CollectionAgreementCancelled", version = 1)
public record CollectionAgreementCancelled(String applicationId,
                                           String agreementId,
                                           String unitId,
                                           String cancelledBy,
                                           Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
