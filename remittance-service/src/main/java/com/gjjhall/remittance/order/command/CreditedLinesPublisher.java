package com.gjjhall.remittance.order.command;

import com.gjjhall.remittance.shared.RemittanceSettings;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a credited order's lines in parts of at most {@code creditPartLines}, as events of their own
 * (not in the order's stream), in the crediting command's unit of work.
 */
@Component
public class CreditedLinesPublisher {

    private final RemittanceLines lines;
    private final EventBus events;
    private final int partSize;

    public CreditedLinesPublisher(RemittanceLines lines, EventBus events, RemittanceSettings settings) {
        this.lines = lines;
        this.events = events;
        this.partSize = settings.creditPartLines();
    }

    void publish(String orderId, String auditNumber, String unitId, OrderKind kind, long totalFen, Instant creditedAt) {
        List<List<PaidLine>> chunks = new ArrayList<>();
        lines.inParts(orderId, partSize, chunks::add);
        var correlation = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get().getCorrelationData() : null;
        for (int i = 0; i < chunks.size(); i++) {
            var message = GenericEventMessage.asEventMessage(new CreditedLinesPart(orderId, auditNumber, unitId, kind,
                    totalFen, i + 1, chunks.size(), chunks.get(i), creditedAt));
            events.publish(correlation == null ? message : message.andMetaData(correlation));
        }
    }
}
