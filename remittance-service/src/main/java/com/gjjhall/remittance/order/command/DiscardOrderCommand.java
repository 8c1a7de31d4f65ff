package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The maker deletes an order still being maintained (可维护指令). */
public record DiscardOrderCommand(@TargetAggregateIdentifier String orderId, String unitId, String discardedBy) {
}
