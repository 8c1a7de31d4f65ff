package com.gjjhall.contracts.remittance;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;
import java.util.List;

/** The order is paid and credited (成功): one part of its employee lines, for account-service to credit each employee once. */
@PublishedEvent(name = "remittance.RemittanceCredited", version = 1)
public record RemittanceCredited(String orderId,
                                 String auditNumber,
                                 String unitId,
                                 RemittanceKind kind,
                                 long totalFen,
                                 int part,
                                 int parts,
                                 List<CreditedLine> lines,
                                 Instant creditedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return orderId;
    }
}
