package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Enter (录入) a remittance or back-payment order with its lines; {@code clientKey} makes a repeat harmless. */
public record EnterOrderCommand(@TargetAggregateIdentifier String orderId, String unitId, OrderKind kind,
                                List<LineDraft> lines, String enteredBy, String clientKey) {
}
