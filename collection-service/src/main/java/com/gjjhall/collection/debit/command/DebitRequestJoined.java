package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A resubmission arrived while the instruction is 处理中: it waits for that instruction's answer, no second one is sent. */
@Revision("1")
public record DebitRequestJoined(String auditNumber, String debitRequestId, String instructionId, Instant joinedAt) {
}
