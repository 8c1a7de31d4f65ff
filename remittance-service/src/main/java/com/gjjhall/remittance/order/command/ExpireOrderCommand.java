package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The order's audit number reached the end of its month uncredited: let it lapse (失效). */
public record ExpireOrderCommand(@TargetAggregateIdentifier String orderId) {
}
