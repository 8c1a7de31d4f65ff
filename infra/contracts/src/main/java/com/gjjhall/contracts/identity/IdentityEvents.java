package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What identity-service publishes on {@code identity.events}. */
public final class IdentityEvents {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            UnitEnrolled.class,
            OnlineBusinessOpened.class,
            OperatorRegistered.class,
            OperatorChanged.class,
            OperatorMobileChanged.class,
            OperatorCredentialsReset.class,
            OperatorFrozen.class,
            OperatorUnfrozen.class,
            LoginSucceeded.class,
            LoginFailed.class,
            CertificateIssued.class,
            CertificateRevoked.class,
            SessionRevoked.class);

    private IdentityEvents() {
    }
}
