package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit changed its address or contact (单位信息变更). */
@PublishedEvent(name = "account.UnitInfoChanged", version = 1)
public record UnitInfoChanged(String unitId,
                              String address,
                              String contactName,
                              String contactPhone,
                              Instant changedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
