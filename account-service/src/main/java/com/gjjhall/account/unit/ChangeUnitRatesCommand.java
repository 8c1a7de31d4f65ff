package com.gjjhall.account.unit;

import com.gjjhall.account.shared.ContributionRate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** Change the unit and personal contribution rates from a month on. */
public record ChangeUnitRatesCommand(@TargetAggregateIdentifier String unitId, ContributionRate unitRate,
                                     ContributionRate personalRate, YearMonth effectiveMonth) {
}
