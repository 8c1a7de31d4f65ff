package com.gjjhall.remittance.order.command;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** An order was entered (录入); its lines are in the line table, not in the event. */
@Revision("1")
public record OrderEntered(String orderId, String unitId, OrderKind kind, List<YearMonth> months, int lineCount,
                           long totalFen, String enteredBy, Instant enteredAt) {
}
