package com.gjjhall.account.interest;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The annual interest was credited to the accounts of a unit's employees. */
@Revision("1")
public record InterestSettledForUnit(String unitId, int interestYear, int accounts, long totalInterestFen,
                                     String annualRate, Instant settledAt) {
}
