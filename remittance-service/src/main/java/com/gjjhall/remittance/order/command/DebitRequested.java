package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** One entrusted-collection attempt: collection-service debits the unit's payer account. */
@Revision("1")
public record DebitRequested(String orderId, String unitId, String auditNumber, String debitRequestId, long amountFen,
                             Instant requestedAt) {
}
