package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel a reviewed order by its audit number (汇补缴撤销). */
public record CancelOrderCommand(@TargetAggregateIdentifier String orderId, String unitId, String cancelledBy,
                                 String clientKey) {
}
