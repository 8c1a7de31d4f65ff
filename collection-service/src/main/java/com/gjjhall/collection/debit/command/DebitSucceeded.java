package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The bank debited the payer account: the answer to one debit request. */
@Revision("1")
public record DebitSucceeded(String auditNumber, String debitRequestId, String instructionId, String unitId,
                             long amountFen, String bankCode, String payerAccountNumber, Instant succeededAt) {
}
