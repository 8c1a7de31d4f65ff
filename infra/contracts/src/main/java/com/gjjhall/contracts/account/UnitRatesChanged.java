package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;

/** A unit changed its contribution rates from a month on. */
@PublishedEvent(name = "account.UnitRatesChanged", version = 1)
public record UnitRatesChanged(String unitId,
                               int unitRatePercent,
                               int personalRatePercent,
                               YearMonth effectiveMonth,
                               Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
