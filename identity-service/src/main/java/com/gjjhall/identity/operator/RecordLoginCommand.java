package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Everything checked out: the operator is logged in with session (token id) {@code sessionId}. */
public record RecordLoginCommand(@TargetAggregateIdentifier String operatorId, String sessionId,
                                 String certificateSerialNumber) {
}
