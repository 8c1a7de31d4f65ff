package com.gjjhall.audit.status.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.log.Instants;
import com.gjjhall.audit.log.LoggedEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * What one event does to the transaction it belongs to: it always joins the timeline; some also set facts
 * (kind, amount, audit number, settlement method) and the state.
 *
 * <p>States follow the business time each event carries, not the order the log received them in: events
 * of one order come from several topics (remittance, collection, the banks) whose partitions are read
 * independently, so a debit request may be logged after the debit failure it caused. Only an event at
 * least as recent as the one that set the current state moves it, and 成功, 撤销 and 失效 are final (a
 * refund after a cancellation shows in the timeline, the state stays 撤销). Replays see the same entries
 * in the same order and reach the same rows.
 */
public final class TransactionRules {

    /** The field holding each event's business time; others use the envelope's time. */
    private static final Map<String, String> TIME_FIELDS = Map.ofEntries(
            Map.entry("remittance.RemittanceEntered", "enteredAt"),
            Map.entry("remittance.RemittanceSubmittedForReview", "submittedAt"),
            Map.entry("remittance.RemittanceReviewed", "reviewedAt"),
            Map.entry("remittance.CollectionDebitRequested", "requestedAt"),
            Map.entry("remittance.RemittanceCredited", "creditedAt"),
            Map.entry("remittance.RemittanceFailed", "failedAt"),
            Map.entry("remittance.RemittanceCancelled", "cancelledAt"),
            Map.entry("remittance.AuditNumberExpired", "expiredAt"),
            Map.entry("collection.DebitSucceeded", "succeededAt"),
            Map.entry("collection.DebitFailed", "failedAt"),
            Map.entry("account.RemittanceLinesCredited", "creditedAt"),
            Map.entry("account.EmployeeAccountOpened", "openedAt"),
            Map.entry("account.EmployeeTransferredIn", "transferredAt"),
            Map.entry("account.EmployeeAccountSealed", "sealedAt"),
            Map.entry("account.EmployeeAccountUnsealed", "unsealedAt"),
            Map.entry("account.ContributionBaseAdjusted", "adjustedAt"),
            Map.entry("bank.instruction.DebitInstructed", "instructedAt"),
            Map.entry("bank.instruction.DebitStatusQueried", "queriedAt"),
            Map.entry("bank.instruction.RefundInstructed", "instructedAt"),
            Map.entry("bank.settlement.DebitAnswered", "answeredAt"),
            Map.entry("bank.settlement.TransferReceived", "receivedAt"),
            Map.entry("bank.settlement.CounterReceiptReported", "receivedAt"),
            Map.entry("bank.settlement.RefundCompleted", "completedAt"));

    /** Account business is done when its event is published: a transaction of its own, already 成功. */
    static final Map<String, TransactionKind> ACCOUNT_BUSINESS = Map.of(
            "account.EmployeeAccountOpened", TransactionKind.ACCOUNT_OPENING,
            "account.EmployeeTransferredIn", TransactionKind.TRANSFER_IN,
            "account.EmployeeAccountSealed", TransactionKind.SEALING,
            "account.EmployeeAccountUnsealed", TransactionKind.UNSEALING,
            "account.ContributionBaseAdjusted", TransactionKind.BASE_ADJUSTMENT);

    private TransactionRules() {
    }

    static TransactionRow apply(TransactionRow row, LoggedEvent event, JsonNode body) {
        String type = event.typeName();
        Instant at = businessTime(type, body, event.occurredAt());
        TransactionRow next = row.withEntry(event.sequenceNo(), at)
                .withFacts(text(body, "unitId"), null, null, null, null, null);
        return switch (type) {
            case "remittance.RemittanceEntered" -> next
                    .withFacts(null, TransactionKind.ofRemittance(text(body, "kind")), null, amount(body, "totalFen"), null, null)
                    .withState(TransactionState.ENTERED, null, at);
            case "remittance.RemittanceSubmittedForReview" -> next.withState(TransactionState.PENDING_REVIEW, null, at);
            case "remittance.RemittanceReviewed" -> next
                    .withFacts(null, null, text(body, "auditNumber"), amount(body, "totalFen"),
                            text(body, "settlementMethod"), null)
                    .withState(TransactionState.PROCESSING, null, at);
            case "remittance.CollectionDebitRequested" -> next.withState(TransactionState.PROCESSING, null, at);
            case "collection.DebitFailed", "remittance.RemittanceFailed" ->
                    next.withState(TransactionState.FAILED, text(body, "reason"), at);
            case "remittance.RemittanceCredited" -> next.withState(TransactionState.SUCCEEDED, null, at);
            case "remittance.RemittanceCancelled" -> next.withState(TransactionState.CANCELLED, null, at);
            case "remittance.AuditNumberExpired" -> next.withState(TransactionState.EXPIRED, null, at);
            default -> {
                TransactionKind accountKind = ACCOUNT_BUSINESS.get(type);
                yield accountKind == null ? next : next
                        .withFacts(null, accountKind, null, null, null, text(body, "personalAccountNumber"))
                        .withState(TransactionState.SUCCEEDED, null, at);
            }
        };
    }

    /** When the event happened in business terms (its own time field), else its envelope time. */
    public static Instant businessTime(String type, JsonNode body, Instant fallback) {
        String field = TIME_FIELDS.get(type);
        String text = field == null ? null : text(body, field);
        if (text == null) {
            return fallback;
        }
        try {
            // as the view stores it: a replay that keeps nanoseconds in memory would otherwise decide
            // differently from the live projection, which reads the microseconds back from the database
            return Instants.parse(text).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static Long amount(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }
}
