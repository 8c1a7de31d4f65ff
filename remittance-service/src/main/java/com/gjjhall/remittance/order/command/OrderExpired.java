package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The audit number was not credited by the end of its month and lapsed (失效). */
@Revision("1")
public record OrderExpired(String orderId, String unitId, String auditNumber, Instant expiredAt) {
}
