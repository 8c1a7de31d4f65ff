package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The entrusted-collection debit failed with the bank's reason. */
public record RecordDebitFailureCommand(@TargetAggregateIdentifier String orderId, String debitRequestId,
                                        String reasonCode, String reason, boolean retryable) {
}
