package com.gjjhall.remittance.order.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The reviewer sends the entrusted-collection debit again after the bank's system failed (银行方系统故障). */
public record ResubmitCollectionCommand(@TargetAggregateIdentifier String orderId, String unitId, String requestedBy,
                                        String clientKey) {
}
