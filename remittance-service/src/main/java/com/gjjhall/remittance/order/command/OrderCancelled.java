package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The reviewer cancelled the order by its audit number (汇补缴撤销). */
@Revision("1")
public record OrderCancelled(String orderId, String unitId, String auditNumber, String cancelledBy,
                             Instant cancelledAt) {
}
