package com.gjjhall.contracts.bank;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.List;

/** What the banks (the bank simulator in development) publishes on {@code bank.settlement}. */
public final class BankSettlements {

    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            TransferReceived.class,
            CounterReceiptReported.class,
            DebitAnswered.class,
            RefundCompleted.class,
            AccountVerified.class,
            UnitBankSigningReported.class);

    private BankSettlements() {
    }
}
