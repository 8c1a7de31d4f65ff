package com.gjjhall.account.unit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record UnitAccountOpened(String unitId, String unitAccountNumber, String unitName, int unitRatePercent,
                                int personalRatePercent, Instant openedAt) {
}
