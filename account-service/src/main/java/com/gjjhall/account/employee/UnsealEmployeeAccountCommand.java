package com.gjjhall.account.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** 启封: the employee contributes again with a base from startMonth on. */
public record UnsealEmployeeAccountCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                           long baseFen, YearMonth startMonth) {
}
