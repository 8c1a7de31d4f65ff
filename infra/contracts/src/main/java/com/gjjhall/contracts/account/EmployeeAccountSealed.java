package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;

/** An employee stopped contributing (封存) from sealedFromMonth on. */
@PublishedEvent(name = "account.EmployeeAccountSealed", version = 1)
public record EmployeeAccountSealed(String personalAccountNumber,
                                    String unitId,
                                    YearMonth sealedFromMonth,
                                    String reason,
                                    Instant sealedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
