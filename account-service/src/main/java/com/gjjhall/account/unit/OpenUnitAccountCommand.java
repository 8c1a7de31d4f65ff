package com.gjjhall.account.unit;

import com.gjjhall.account.shared.ContributionRate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A fund centre clerk opens a unit's fund account (单位账户设立) for online business, with its rates. */
public record OpenUnitAccountCommand(@TargetAggregateIdentifier String unitId, String unitAccountNumber,
                                     String unitName, ContributionRate unitRate, ContributionRate personalRate) {
}
