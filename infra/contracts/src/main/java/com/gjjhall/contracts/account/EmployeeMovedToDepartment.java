package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An employee moved to another department of the unit (部门调动); departmentId is null for none. */
@PublishedEvent(name = "account.EmployeeMovedToDepartment", version = 1)
public record EmployeeMovedToDepartment(String personalAccountNumber,
                                        String unitId,
                                        String departmentId,
                                        Instant movedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
