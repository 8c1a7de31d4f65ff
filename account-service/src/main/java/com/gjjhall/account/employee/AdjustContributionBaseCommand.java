package com.gjjhall.account.employee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** 汇缴基数调整: a new base from effectiveMonth on (the next month not yet entered when none is given). */
public record AdjustContributionBaseCommand(@TargetAggregateIdentifier String personalAccountNumber, String unitId,
                                            long baseFen, YearMonth effectiveMonth) {
}
