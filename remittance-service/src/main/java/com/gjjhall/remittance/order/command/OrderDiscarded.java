package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The maker deleted an order before submitting it. */
@Revision("1")
public record OrderDiscarded(String orderId, String unitId, String discardedBy, Instant discardedAt) {
}
