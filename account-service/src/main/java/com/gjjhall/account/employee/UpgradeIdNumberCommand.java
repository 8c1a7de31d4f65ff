package com.gjjhall.account.employee;

import com.gjjhall.account.shared.IdNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 身份证升位: a legacy 15-digit number becomes its computed 18-digit form; the operator may confirm it. */
public record UpgradeIdNumberCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                     IdNumber confirmation) {
}
