package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A login of this operator was refused before its password was checked. */
public record RecordLoginRefusalCommand(@TargetAggregateIdentifier String operatorId, LoginFailureReason reason) {
}
