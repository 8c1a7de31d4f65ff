package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What identity-service publishes on {@code identity.events}. */
public final class IdentityEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            UnitEnrolled.class,
            OperatorRegistered.class);

    private IdentityEvents() {
    }
}
