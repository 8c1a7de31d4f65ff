package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;

/** A personal fund account was opened (开户) for a person who never had one; contributing from startMonth. */
@PublishedEvent(name = "account.EmployeeAccountOpened", version = 1)
public record EmployeeAccountOpened(String personalAccountNumber,
                                    String unitId,
                                    String idNumber,
                                    String name,
                                    long baseFen,
                                    YearMonth startMonth,
                                    Instant openedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
