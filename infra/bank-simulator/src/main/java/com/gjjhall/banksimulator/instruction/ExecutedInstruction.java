package com.gjjhall.banksimulator.instruction;

import java.time.Instant;

/**
 * An instruction the bank executed, with the outcome every later copy of it, or query about it, is answered
 * with.
 *
 * @param kind      {@code DEBIT} or {@code REFUND}
 * @param reference the refunded transfer, for a refund
 */
public record ExecutedInstruction(String instructionId, String kind, String bankCode, String accountNumber,
                                  long amountFen, String memo, String reference, String outcome, String message,
                                  Instant executedAt) {

    static final String DEBIT = "DEBIT";
    static final String REFUND = "REFUND";
}
