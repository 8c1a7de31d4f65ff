package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit maintained its departments (部门维护): change is ADDED, RENAMED or REMOVED; name is null when removed. */
@PublishedEvent(name = "account.DepartmentChanged", version = 1)
public record DepartmentChanged(String unitId,
                                String departmentId,
                                String change,
                                String name,
                                Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
