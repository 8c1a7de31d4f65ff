package com.gjjhall.account.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 职工转移: a sealed account at another unit moves to this unit and stays sealed until unsealed here. */
public record TransferInCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                String departmentId) {
}
