package com.gjjhall.remittance.settlement;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A payment that matches no live order goes back to its payer (原路退款) with the reason. */
@Revision("1")
public record RefundRequested(String instructionId, String paymentId, String bankCode, String payeeAccountNumber,
                              String payeeAccountName, long amountFen, String reason, Instant instructedAt) {
}
