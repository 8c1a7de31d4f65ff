package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** The reviewing operator cancelled the order by its audit number (汇补缴撤销). */
@PublishedEvent(name = "remittance.RemittanceCancelled", version = 1)
public record RemittanceCancelled(String orderId,
                                  String auditNumber,
                                  String unitId,
                                  String cancelledBy,
                                  Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
