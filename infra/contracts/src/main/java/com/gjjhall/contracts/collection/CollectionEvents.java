package com.gjjhall.contracts.collection;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What collection-service publishes on {@code collection.events}. */
public final class CollectionEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            DebitSucceeded.class,
            DebitFailed.class,
            CollectionAgreementApplied.class,
            CollectionAgreementApplicationRefused.class,
            CollectionAgreementEffective.class,
            PayerAccountsCancelled.class,
            CollectionAgreementCancelled.class);

    private CollectionEvents() {
    }
}
