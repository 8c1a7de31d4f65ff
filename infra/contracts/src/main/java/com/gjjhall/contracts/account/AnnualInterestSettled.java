package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The annual interest (年度结息, interest year ending 30 June) was credited to a unit's employees' accounts. */
@PublishedEvent(name = "account.AnnualInterestSettled", version = 1)
public record AnnualInterestSettled(String unitId,
                                    int interestYear,
                                    int accounts,
                                    long totalInterestFen,
                                    String annualRate,
                                    Instant settledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
