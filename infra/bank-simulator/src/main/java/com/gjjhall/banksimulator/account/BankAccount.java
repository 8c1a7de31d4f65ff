package com.gjjhall.banksimulator.account;

import java.time.Instant;

/** An account in one of the simulated banks' books. {@code signedAt} is the unit-bank signing (收款签约), if any. */
public record BankAccount(String bankCode, String accountNumber, String accountName, long balanceFen,
                          AccountStatus status, Instant signedAt, Instant openedAt) {

    public boolean isSigned() {
        return signedAt != null;
    }
}
