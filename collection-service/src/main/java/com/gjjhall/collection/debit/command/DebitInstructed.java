package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An instruction went to the payer's bank; no other goes for this audit number until it is answered. */
@Revision("1")
public record DebitInstructed(String auditNumber, String instructionId, String debitRequestId, String unitId,
                              long amountFen, String bankCode, String payerAccountNumber, String payerAccountName,
                              Instant instructedAt) {
}
