package com.gjjhall.collection.agreement.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The bank has not answered an account check in time: ask again, with the same request id. */
public record ResendAccountVerificationCommand(@TargetAggregateIdentifier String unitId, String requestId) {
}
