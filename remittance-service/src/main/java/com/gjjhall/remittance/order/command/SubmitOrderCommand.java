package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Submit an entered order for review (提交复核). */
public record SubmitOrderCommand(@TargetAggregateIdentifier String orderId, String unitId, String submittedBy,
                                 String clientKey) {
}
