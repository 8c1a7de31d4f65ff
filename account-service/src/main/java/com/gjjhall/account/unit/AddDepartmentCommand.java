package com.gjjhall.account.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 部门维护: add a department. */
public record AddDepartmentCommand(@TargetAggregateIdentifier String unitId, String departmentId, String name) {
}
