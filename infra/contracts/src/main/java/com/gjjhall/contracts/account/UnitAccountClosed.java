package com.gjjhall.contracts.account;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A unit's fund account was closed (注销单位账户): no employee contributes and nothing is left in it. */
@PublishedEvent(name = "account.UnitAccountClosed", version = 1)
public record UnitAccountClosed(String unitId,
                                Instant closedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return unitId;
    }
}
