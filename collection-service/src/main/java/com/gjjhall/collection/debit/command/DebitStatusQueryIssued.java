package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The bank was asked what became of an unanswered instruction. */
@Revision("1")
public record DebitStatusQueryIssued(String auditNumber, String instructionId, String bankCode, Instant queriedAt) {
}
