package com.gjjhall.account.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;

@Revision("1")
public record UnitRatesChanged(String unitId, int unitRatePercent, int personalRatePercent, YearMonth effectiveMonth,
                               Instant changedAt) {
}
