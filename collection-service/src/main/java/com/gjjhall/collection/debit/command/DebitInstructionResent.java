package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The bank says it never received the instruction: the same instruction (same id, so it can be executed at
 * most once) is sent again.
 */
@Revision("1")
public record DebitInstructionResent(String auditNumber, String instructionId, String unitId, long amountFen,
                                     String bankCode, String payerAccountNumber, String payerAccountName,
                                     Instant resentAt) {
}
