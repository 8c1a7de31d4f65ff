package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;

/** An employee contributes again (启封) with a base from startMonth on. */
@PublishedEvent(name = "account.EmployeeAccountUnsealed", version = 1)
public record EmployeeAccountUnsealed(String personalAccountNumber,
                                      String unitId,
                                      long baseFen,
                                      YearMonth startMonth,
                                      Instant unsealedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
