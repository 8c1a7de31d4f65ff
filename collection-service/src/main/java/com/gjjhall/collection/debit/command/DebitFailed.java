package com.gjjhall.collection.debit.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The answer to one debit request: nothing was debited, for this reason. {@code instructionId} is null when
 * no instruction could be sent (no agreement in force).
 */
@Revision("1")
public record DebitFailed(String auditNumber, String debitRequestId, String instructionId, String unitId,
                          String reasonCode, String reason, boolean retryable, Instant failedAt) {
}
