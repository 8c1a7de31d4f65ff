package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The order waits for review (待复核). */
@Revision("1")
public record OrderSubmitted(String orderId, String unitId, String submittedBy, Instant submittedAt) {
}
