package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit's fund account (单位账户) is open for business with its contribution rates. */
@PublishedEvent(name = "account.UnitAccountOpened", version = 1)
public record UnitAccountOpened(String unitId,
                                String unitAccountNumber,
                                String unitName,
                                int unitRatePercent,
                                int personalRatePercent,
                                Instant openedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
