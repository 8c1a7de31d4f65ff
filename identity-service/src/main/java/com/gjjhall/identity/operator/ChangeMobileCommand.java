package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The operator's mobile number changes (where the hall's text messages go). */
public record ChangeMobileCommand(@TargetAggregateIdentifier String operatorId, String mobile) {
}
