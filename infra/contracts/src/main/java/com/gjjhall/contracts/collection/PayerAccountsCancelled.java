package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.util.List;

/** Some payer accounts were taken off the agreement (取消部分委托收款账户), at once; the others stay. */
@PublishedEvent(name = "collection.PayerAccountsCancelled", version = 1)
public record PayerAccountsCancelled(String applicationId,
                                     String agreementId,
                                     String unitId,
                                     List<String> cancelledAccountNumbers,
                                     List<PayerAccount> remainingAccounts,
                                     String cancelledBy,
                                     Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
