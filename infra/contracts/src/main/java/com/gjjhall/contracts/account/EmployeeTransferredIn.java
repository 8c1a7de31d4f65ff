package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An employee moved in from another unit (职工转移); the account arrives sealed (封存). */
@PublishedEvent(name = "account.EmployeeTransferredIn", version = 1)
public record EmployeeTransferredIn(String personalAccountNumber,
                                    String unitId,
                                    String fromUnitId,
                                    String idNumber,
                                    String name,
                                    Instant transferredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
