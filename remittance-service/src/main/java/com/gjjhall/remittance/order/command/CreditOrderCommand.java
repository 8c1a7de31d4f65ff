package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A bank paid the order: credit it. {@code debitRequestId} is set for entrusted collection, null otherwise.
 */
public record CreditOrderCommand(@TargetAggregateIdentifier String orderId, Settlement channel, String paymentId,
                                 long amountFen, String debitRequestId) {
}
