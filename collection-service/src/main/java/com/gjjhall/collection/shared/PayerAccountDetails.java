package com.gjjhall.collection.shared;

import com.gjjhall.contracts.bank.CooperatingBank;
import com.gjjhall.contracts.collection.PayerAccount;

/**
 * A payer account (付款账户) at one of the cooperating banks, with its name as the unit wrote it. The name
 * is compared with the bank's character for character: full-width （ and half-width ( differ.
 */
public record PayerAccountDetails(String bankCode, String accountNumber, String accountName) {

    public PayerAccountDetails {
        if (CooperatingBank.ofCode(bankCode).isEmpty()) {
            throw new IllegalArgumentException("not a cooperating bank: " + bankCode);
        }
        if (accountNumber == null || accountNumber.isBlank() || accountName == null || accountName.isBlank()) {
            throw new IllegalArgumentException("a payer account needs a number and a name");
        }
    }

    public PayerAccount published() {
        return new PayerAccount(bankCode, accountNumber, accountName);
    }
}
