package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A bank paid the order under {@code auditNumber}: credit it. {@code debitRequestId} is set for entrusted
 * collection, null otherwise.
 */
public record CreditOrderCommand(@TargetAggregateIdentifier String orderId, String auditNumber, Settlement channel,
                                 String paymentId, long amountFen, String debitRequestId) {
}
