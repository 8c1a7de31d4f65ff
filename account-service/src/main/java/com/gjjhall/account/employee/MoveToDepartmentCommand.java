package com.gjjhall.account.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 部门调动: the employee moves to another department of the unit (none: no department). */
public record MoveToDepartmentCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                      String departmentId) {
}
