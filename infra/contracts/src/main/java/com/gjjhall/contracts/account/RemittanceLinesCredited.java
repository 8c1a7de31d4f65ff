package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** account-service credited the employee lines of one part of a credited remittance; lines credited before are counted, not credited again. */
@PublishedEvent(name = "account.RemittanceLinesCredited", version = 1)
public record RemittanceLinesCredited(String auditNumber,
                                      String unitId,
                                      int part,
                                      int creditedLines,
                                      int alreadyCreditedLines,
                                      long totalFen,
                                      Instant creditedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return auditNumber;
    }
}
