package com.gjjhall.remittance.order.command;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.shared.AuditNumber;
import com.gjjhall.remittance.shared.Months;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A remittance or back-payment order (汇缴/补缴指令) from entry to credit: maker-checker review, the audit
 * number, payment, cancellation and month-end expiry. Its lines live in the line table (written in batches,
 * claiming each employee-month); the order's own stream holds only its state changes.
 *
 * <p>A failed order (失败) keeps its lines: the reviewer reviews it again (重新复核, FAQ 二.15) and picks a
 * settlement method, which issues a new audit number and voids the old one; a bank-system fault may instead
 * be resubmitted under the same number. Until then it waits like any reviewed order: it can be cancelled by
 * its reviewer, and it lapses at the end of its audit number's month, which frees its lines.
 */
@Aggregate
public class RemittanceOrder {

    @AggregateIdentifier
    private String orderId;
    private String unitId;
    private OrderKind kind;
    private OrderState state;
    private long totalFen;
    private String enteredBy;
    private String submittedBy;
    private String reviewedBy;
    private String auditNumber;
    private Settlement settlement;
    private Instant expiresAt;
    private String pendingDebitId;
    private boolean retryable;

    protected RemittanceOrder() {
    }

    @CommandHandler
    public RemittanceOrder(EnterOrderCommand command, RemittanceLines lines, ClientRequests requests, Clock clock) {
        requests.claim(command.unitId(), command.clientKey(), "ENTER", command.orderId(), OrderState.ENTERED, null);
        if (command.lines().isEmpty()) {
            throw new BusinessException(RemittanceError.NO_CONTRIBUTING_EMPLOYEES);
        }
        List<YearMonth> months = command.lines().stream().map(LineDraft::month).distinct().sorted().toList();
        if (command.kind() == OrderKind.MONTHLY) {
            lines.claimMonth(command.unitId(), months.get(0), command.orderId());
        }
        lines.claim(command.orderId(), command.lines());
        long total = command.lines().stream().mapToLong(LineDraft::totalFen).sum();
        apply(new OrderEntered(command.orderId(), command.unitId(), command.kind(), months, command.lines().size(),
                total, command.enteredBy(), clock.instant()));
    }

    @CommandHandler
    void handle(SubmitOrderCommand command, ClientRequests requests, Clock clock) {
        requireUnit(command.unitId());
        requests.claim(unitId, command.clientKey(), "SUBMIT", orderId, OrderState.SUBMITTED, null);
        requireState(OrderState.ENTERED);
        apply(new OrderSubmitted(orderId, unitId, command.submittedBy(), clock.instant()));
    }

    /** 复核, and 重新复核 of a failed order: the audit number it had is replaced by a new one. */
    @CommandHandler
    void handle(ReviewOrderCommand command, ClientRequests requests, AuditNumbers numbers, Clock clock) {
        requireUnit(command.unitId());
        requests.claim(unitId, command.clientKey(), "REVIEW", orderId, OrderState.PROCESSING, null);
        Instant now = clock.instant();
        boolean reReview = state == OrderState.FAILED;
        if (!reReview) {
            requireState(OrderState.SUBMITTED);
        } else if (!now.isBefore(expiresAt)) {
            throw new BusinessException(RemittanceError.WRONG_STATE);
        }
        if (command.reviewedBy().equals(enteredBy) || command.reviewedBy().equals(submittedBy)) {
            throw new BusinessException(RemittanceError.REVIEWER_IS_MAKER);
        }
        AuditNumber number = numbers.next(Months.today(now));
        requests.recordAuditNumber(unitId, command.clientKey(), number.value());
        apply(new OrderReviewed(orderId, unitId, number.value(), command.settlement(), totalFen, command.reviewedBy(),
                now, Months.endOfMonth(now), reReview ? auditNumber : null));
        if (command.settlement() == Settlement.ENTRUSTED_COLLECTION) {
            requestDebit(now);
        }
    }

    @CommandHandler
    void handle(ResubmitCollectionCommand command, ClientRequests requests, Clock clock) {
        requireUnit(command.unitId());
        requests.claim(unitId, command.clientKey(), "RESUBMIT", orderId, OrderState.PROCESSING, auditNumber);
        if (pendingDebitId != null) {
            throw new BusinessException(RemittanceError.DEBIT_PENDING);
        }
        if (state != OrderState.FAILED || !retryable || settlement != Settlement.ENTRUSTED_COLLECTION) {
            throw new BusinessException(RemittanceError.NOT_RESUBMITTABLE);
        }
        if (!command.requestedBy().equals(reviewedBy)) {
            throw new BusinessException(RemittanceError.NOT_THE_REVIEWER);
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            throw new BusinessException(RemittanceError.WRONG_STATE);
        }
        requestDebit(now);
    }

    @CommandHandler
    void handle(CreditOrderCommand command, CreditedLinesPublisher publisher, Clock clock) {
        Instant now = clock.instant();
        boolean payable = state == OrderState.PROCESSING && command.auditNumber().equals(auditNumber)
                && command.channel() == settlement && command.amountFen() == totalFen && now.isBefore(expiresAt)
                && (settlement != Settlement.ENTRUSTED_COLLECTION || command.debitRequestId().equals(pendingDebitId));
        if (!payable) {
            throw new BusinessException(RemittanceError.WRONG_STATE);
        }
        apply(new OrderCredited(orderId, unitId, auditNumber, kind, totalFen, command.paymentId(), now));
        publisher.publish(orderId, auditNumber, unitId, kind, totalFen, now);
    }

    /**
     * The pending debit failed: 失败, lines still held for the re-review. An answer for an attempt that is not
     * the pending one (a late duplicate) changes nothing.
     */
    @CommandHandler
    void handle(RecordDebitFailureCommand command, Clock clock) {
        if (state != OrderState.PROCESSING || !command.debitRequestId().equals(pendingDebitId)) {
            return;
        }
        apply(new OrderFailed(orderId, unitId, auditNumber, command.reasonCode(), command.reason(), command.retryable(),
                clock.instant()));
    }

    @CommandHandler
    void handle(CancelOrderCommand command, ClientRequests requests, RemittanceLines lines, Clock clock) {
        requireUnit(command.unitId());
        requests.claim(unitId, command.clientKey(), "CANCEL", orderId, OrderState.CANCELLED, auditNumber);
        if (state == OrderState.SUCCEEDED) {
            throw new BusinessException(RemittanceError.ALREADY_CREDITED);
        }
        if (!isLive()) {
            throw new BusinessException(RemittanceError.WRONG_STATE);
        }
        if (!command.cancelledBy().equals(reviewedBy)) {
            throw new BusinessException(RemittanceError.NOT_THE_REVIEWER);
        }
        if (pendingDebitId != null) {
            throw new BusinessException(RemittanceError.DEBIT_PENDING);
        }
        apply(new OrderCancelled(orderId, unitId, auditNumber, command.cancelledBy(), clock.instant()));
        lines.release(orderId);
    }

    /**
     * @return whether the audit number lapsed now; a debit still awaiting the bank's answer holds the order
     * until the answer comes (the sweep tries again)
     */
    @CommandHandler
    boolean handle(ExpireOrderCommand command, RemittanceLines lines, Clock clock) {
        if (!isLive() || pendingDebitId != null || clock.instant().isBefore(expiresAt)) {
            return false;
        }
        apply(new OrderExpired(orderId, unitId, auditNumber, expiresAt));
        lines.release(orderId);
        return true;
    }

    @CommandHandler
    void handle(DiscardOrderCommand command, RemittanceLines lines, Clock clock) {
        requireUnit(command.unitId());
        requireState(OrderState.ENTERED);
        if (!command.discardedBy().equals(enteredBy)) {
            throw new BusinessException(RemittanceError.NOT_THE_MAKER);
        }
        apply(new OrderDiscarded(orderId, unitId, command.discardedBy(), clock.instant()));
        lines.release(orderId);
    }

    private void requestDebit(Instant now) {
        apply(new DebitRequested(orderId, unitId, auditNumber, "D" + UUID.randomUUID().toString().replace("-", ""),
                totalFen, now));
    }

    /** Reviewed and neither paid nor ended: waiting for payment, or failed and waiting for the reviewer. */
    private boolean isLive() {
        return state == OrderState.PROCESSING || state == OrderState.FAILED;
    }

    private void requireUnit(String callerUnitId) {
        if (!unitId.equals(callerUnitId)) {
            throw new BusinessException(RemittanceError.ORDER_NOT_FOUND);
        }
    }

    private void requireState(OrderState expected) {
        if (state != expected) {
            throw new BusinessException(RemittanceError.WRONG_STATE);
        }
    }

    @EventSourcingHandler
    void on(OrderEntered event) {
        orderId = event.orderId();
        unitId = event.unitId();
        kind = event.kind();
        totalFen = event.totalFen();
        enteredBy = event.enteredBy();
        state = OrderState.ENTERED;
    }

    @EventSourcingHandler
    void on(OrderSubmitted event) {
        submittedBy = event.submittedBy();
        state = OrderState.SUBMITTED;
    }

    @EventSourcingHandler
    void on(OrderReviewed event) {
        reviewedBy = event.reviewedBy();
        auditNumber = event.auditNumber();
        settlement = event.settlement();
        expiresAt = event.expiresAt();
        pendingDebitId = null;
        retryable = false;
        state = OrderState.PROCESSING;
    }

    @EventSourcingHandler
    void on(DebitRequested event) {
        pendingDebitId = event.debitRequestId();
        retryable = false;
        state = OrderState.PROCESSING;
    }

    @EventSourcingHandler
    void on(OrderCredited event) {
        pendingDebitId = null;
        state = OrderState.SUCCEEDED;
    }

    @EventSourcingHandler
    void on(OrderFailed event) {
        pendingDebitId = null;
        retryable = event.retryable();
        state = OrderState.FAILED;
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        state = OrderState.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderExpired event) {
        state = OrderState.EXPIRED;
    }

    @EventSourcingHandler
    void on(OrderDiscarded event) {
        state = OrderState.DISCARDED;
    }
}
