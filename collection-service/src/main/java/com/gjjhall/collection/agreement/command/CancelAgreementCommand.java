package com.gjjhall.collection.agreement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop paying by entrusted collection (委托收款结算方式取消): the agreement ends at once. */
public record CancelAgreementCommand(@TargetAggregateIdentifier String unitId,
                                     String applicationId,
                                     String cancelledBy) {
}
