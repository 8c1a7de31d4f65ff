package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What remittance-service publishes on {@code remittance.events}. */
public final class RemittanceEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            RemittanceEntered.class,
            RemittanceSubmittedForReview.class,
            RemittanceReviewed.class,
            CollectionDebitRequested.class,
            RemittanceCredited.class,
            RemittanceFailed.class,
            RemittanceCancelled.class,
            AuditNumberExpired.class);

    private RemittanceEvents() {
    }
}
