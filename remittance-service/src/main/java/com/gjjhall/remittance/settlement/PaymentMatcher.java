package com.gjjhall.remittance.settlement;

import com.gjjhall.remittance.RemittanceError;
import com.gjjhall.remittance.order.command.ExpireOrderCommand;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.remittance.shared.AuditNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a payment pays a live order: the audit number must be well-formed with a right check
 * digit, be the current number of an order waiting for this kind of payment (not one a re-review replaced),
 * not be past its month, and the amount must be the order's total to the fen. Anything else is refunded with
 * the reason.
 */
@Component
class PaymentMatcher {

    /** The order paid, or why the payment goes back. */
    record Match(OrderView order, String refusal) {

        boolean pays() {
            return refusal == null;
        }

        String orderId() {
            return order == null ? null : order.orderId();
        }
    }

    private final OrderQueries orders;
    private final CommandGateway commands;

    PaymentMatcher(OrderQueries orders, CommandGateway commands) {
        this.orders = orders;
        this.commands = commands;
    }

    Match match(String auditNumber, long amountFen, Settlement channel, Instant now) {
        if (!AuditNumber.hasAuditNumberShape(auditNumber)) {
            return new Match(null, "附言须为14位审核单号，不能含其他字符");
        }
        if (!AuditNumber.isValid(auditNumber)) {
            return new Match(null, "审核单号校验位错误");
        }
        Optional<OrderView> found = orders.byAuditNumber(auditNumber);
        if (found.isEmpty()) {
            return new Match(null, "审核单号不存在");
        }
        OrderView order = found.get();
        if (order.replaced(auditNumber)) {
            return new Match(order, RemittanceError.AUDIT_NUMBER_REPLACED.message());
        }
        OrderState state = OrderState.valueOf(order.state());
        boolean live = state == OrderState.PROCESSING || state == OrderState.FAILED;
        if (live && !now.isBefore(order.expiresAt())) {
            commands.sendAndWait(new ExpireOrderCommand(order.orderId()));
            state = OrderState.EXPIRED;
        }
        String refusal = switch (state) {
            case SUCCEEDED -> "该审核单号已入账，重复缴款";
            case CANCELLED -> "审核单号已撤销";
            case EXPIRED -> "审核单号已失效";
            case PROCESSING -> refusalOfLive(order, amountFen, channel);
            default -> "审核单号不在待缴款状态";
        };
        return new Match(order, refusal);
    }

    private static String refusalOfLive(OrderView order, long amountFen, Settlement channel) {
        if (!channel.name().equals(order.settlementMethod())) {
            return "该审核单号的结算方式不是" + channel.label();
        }
        if (amountFen != order.totalFen()) {
            return "缴款金额与审核单金额不一致";
        }
        return null;
    }
}
