package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Register an operator for a unit; done by a bank or centre clerk on the unit's paper request. The
 * initial password is stored as a hash beside the aggregate, never in its events.
 */
public record RegisterOperatorCommand(@TargetAggregateIdentifier String operatorId, String unitId,
                                      LoginName loginName, String operatorName, String mobile,
                                      String initialPassword, Set<String> roles) {

    @Override
    public String toString() {
        return "RegisterOperatorCommand[operatorId=" + operatorId + ", unitId=" + unitId + ", loginName="
                + loginName + "]";
    }
}
