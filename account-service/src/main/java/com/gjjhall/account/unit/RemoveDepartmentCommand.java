package com.gjjhall.account.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 部门维护: remove an empty department. */
public record RemoveDepartmentCommand(@TargetAggregateIdentifier String unitId, String departmentId) {
}
