package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An employee's personal information changed (个人信息变更), or the ID number was upgraded to 18 digits (身份证升位). */
@PublishedEvent(name = "account.EmployeeInfoChanged", version = 1)
public record EmployeeInfoChanged(String personalAccountNumber,
                                  String unitId,
                                  String idNumber,
                                  String name,
                                  Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return personalAccountNumber;
    }
}
