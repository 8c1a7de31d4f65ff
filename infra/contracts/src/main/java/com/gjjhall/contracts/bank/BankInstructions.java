package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What the platform (collection-service debits and checks, remittance-service refunds) publishes on {@code bank.instruction}. */
public final class BankInstructions {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            DebitInstructed.class,
            DebitStatusQueried.class,
            RefundInstructed.class,
            AccountVerificationRequested.class);

    private BankInstructions() {
    }
}
