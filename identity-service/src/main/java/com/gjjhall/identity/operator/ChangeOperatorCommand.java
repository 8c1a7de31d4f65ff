package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 操作员变更: another person takes over the operator (name and mobile), on the unit's paper request. */
public record ChangeOperatorCommand(@TargetAggregateIdentifier String operatorId, String operatorName,
                                    String mobile) {
}
