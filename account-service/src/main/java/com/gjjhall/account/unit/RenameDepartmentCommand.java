package com.gjjhall.account.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 部门维护: rename a department. */
public record RenameDepartmentCommand(@TargetAggregateIdentifier String unitId, String departmentId, String name) {
}
