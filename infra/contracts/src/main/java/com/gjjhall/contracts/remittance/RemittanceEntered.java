package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** An operator entered a remittance or back-payment order (录入, 可维护指令). */
@PublishedEvent(name = "remittance.RemittanceEntered", version = 1)
public record RemittanceEntered(String orderId,
                                String unitId,
                                RemittanceKind kind,
                                List<YearMonth> months,
                                int lineCount,
                                long totalFen,
                                String enteredBy,
                                Instant enteredAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
