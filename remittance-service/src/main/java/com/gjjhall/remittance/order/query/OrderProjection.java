package com.gjjhall.remittance.order.query;

import com.gjjhall.remittance.order.command.DebitRequested;
import com.gjjhall.remittance.order.command.OrderCancelled;
import com.gjjhall.remittance.order.command.OrderCredited;
import com.gjjhall.remittance.order.command.OrderDiscarded;
import com.gjjhall.remittance.order.command.OrderEntered;
import com.gjjhall.remittance.order.command.OrderExpired;
import com.gjjhall.remittance.order.command.OrderFailed;
import com.gjjhall.remittance.order.command.OrderReviewed;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.command.OrderSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.stream.Collectors;

/**
 * The orders as operators and the settlement read them. A subscribing processor whose errors propagate:
 * the view changes in the command's own transaction or the command fails, so it never drifts from the
 * orders' streams.
 */
@Component
@ProcessingGroup(OrderProjection.GROUP)
class OrderProjection {

    static final String GROUP = "order-view";

    private final JdbcTemplate jdbc;

    OrderProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrderEntered e) {
        jdbc.update("""
                insert into remittance_order_view (order_id, unit_id, kind, months, line_count, total_fen, state,
                                                   entered_by, entered_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (order_id) do nothing""",
                e.orderId(), e.unitId(), e.kind().name(),
                e.months().stream().map(YearMonth::toString).collect(Collectors.joining(",")), e.lineCount(),
                e.totalFen(), OrderState.ENTERED.name(), e.enteredBy(), ts(e.enteredAt()), ts(e.enteredAt()));
    }

    @EventHandler
    void on(OrderSubmitted e) {
        jdbc.update("update remittance_order_view set state = ?, submitted_by = ?, updated_at = ? where order_id = ?",
                OrderState.SUBMITTED.name(), e.submittedBy(), ts(e.submittedAt()), e.orderId());
    }

    /** A review, or a re-review after a failure: the new audit number replaces the old, the failure is history. */
    @EventHandler
    void on(OrderReviewed e) {
        jdbc.update("insert into audit_number_issued (audit_number, order_id, issued_at) values (?, ?, ?)",
                e.auditNumber(), e.orderId(), ts(e.reviewedAt()));
        jdbc.update("""
                update remittance_order_view set state = ?, reviewed_by = ?, reviewed_at = ?, settlement_method = ?,
                    audit_number = ?, expires_at = ?, debit_request_id = null, reason_code = null, reason = null,
                    retryable = false, updated_at = ? where order_id = ?""",
                OrderState.PROCESSING.name(), e.reviewedBy(), ts(e.reviewedAt()), e.settlement().name(),
                e.auditNumber(), ts(e.expiresAt()), ts(e.reviewedAt()), e.orderId());
    }

    @EventHandler
    void on(DebitRequested e) {
        jdbc.update("""
                update remittance_order_view set state = ?, debit_request_id = ?, reason_code = null, reason = null,
                    retryable = false, updated_at = ? where order_id = ?""",
                OrderState.PROCESSING.name(), e.debitRequestId(), ts(e.requestedAt()), e.orderId());
    }

    @EventHandler
    void on(OrderCredited e) {
        jdbc.update("""
                update remittance_order_view set state = ?, paid_by = ?, credited_at = ?, updated_at = ? where order_id = ?""",
                OrderState.SUCCEEDED.name(), e.paymentId(), ts(e.creditedAt()), ts(e.creditedAt()), e.orderId());
    }

    @EventHandler
    void on(OrderFailed e) {
        jdbc.update("""
                update remittance_order_view set state = ?, reason_code = ?, reason = ?, retryable = ?, updated_at = ?
                where order_id = ?""",
                OrderState.FAILED.name(), e.reasonCode(), e.reason(), e.retryable(), ts(e.failedAt()), e.orderId());
    }

    @EventHandler
    void on(OrderCancelled e) {
        jdbc.update("""
                update remittance_order_view set state = ?, reason = ?, retryable = false, updated_at = ? where order_id = ?""",
                OrderState.CANCELLED.name(), "已由复核操作员撤销", ts(e.cancelledAt()), e.orderId());
    }

    @EventHandler
    void on(OrderExpired e) {
        jdbc.update("""
                update remittance_order_view set state = ?, reason = ?, retryable = false, updated_at = ? where order_id = ?""",
                OrderState.EXPIRED.name(), "审核单号跨月未入账，已失效", ts(e.expiredAt()), e.orderId());
    }

    @EventHandler
    void on(OrderDiscarded e) {
        jdbc.update("update remittance_order_view set state = ?, updated_at = ? where order_id = ?",
                OrderState.DISCARDED.name(), ts(e.discardedAt()), e.orderId());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
