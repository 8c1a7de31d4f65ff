package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Review (复核) an order and choose how it is paid. */
public record ReviewOrderCommand(@TargetAggregateIdentifier String orderId, String unitId, String reviewedBy,
                                 Settlement settlement, String clientKey) {
}
