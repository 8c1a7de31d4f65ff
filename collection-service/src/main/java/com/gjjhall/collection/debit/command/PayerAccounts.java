package com.gjjhall.collection.debit.command;

import com.gjjhall.collection.shared.PayerAccountDetails;

import java.util.Optional;

/** Which account a unit's debits are taken from: the first payer account of its agreement in force. */
public interface PayerAccounts {

    Optional<PayerAccountDetails> debitAccountOf(String unitId);
}
