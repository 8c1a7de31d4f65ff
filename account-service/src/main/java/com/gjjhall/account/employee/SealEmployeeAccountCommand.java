package com.gjjhall.account.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 封存: the employee stops contributing. */
public record SealEmployeeAccountCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                         String reason) {
}
