package com.gjjhall.account.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 注销单位账户: only when no employee contributes and nothing is left in the accounts. */
public record CloseUnitAccountCommand(@TargetAggregateIdentifier String unitId) {
}
