package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;

/** An employee's contribution base (缴存基数) changed from effectiveMonth on. */
@PublishedEvent(name = "account.ContributionBaseAdjusted", version = 1)
public record ContributionBaseAdjusted(String personalAccountNumber,
                                       String unitId,
                                       long baseFen,
                                       YearMonth effectiveMonth,
                                       Instant adjustedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
