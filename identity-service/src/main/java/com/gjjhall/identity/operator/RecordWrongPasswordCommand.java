package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A login of this operator had the wrong password; answers with the day's count and any freeze. */
public record RecordWrongPasswordCommand(@TargetAggregateIdentifier String operatorId) {
}
