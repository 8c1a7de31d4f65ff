package com.gjjhall.collection.debit.command;

import com.gjjhall.collection.shared.PayerAccountDetails;

import java.util.Collection;
import java.util.Optional;

/** Which account a unit's debits are taken from: the first payer account of its agreement in force. */
public interface PayerAccounts {

    Optional<PayerAccountDetails> debitAccountOf(String unitId);

    /**
     * Looks these units up at once, for the commands of the current unit of work (a poll's debit requests) to find
     * without a query each. Nothing by default.
     */
    default void readAhead(Collection<String> unitIds) {
    }
}
