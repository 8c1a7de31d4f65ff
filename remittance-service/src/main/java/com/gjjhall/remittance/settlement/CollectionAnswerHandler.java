package com.gjjhall.remittance.settlement;

import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.remittance.order.command.CreditOrderCommand;
import com.gjjhall.remittance.order.command.OrderState;
import com.gjjhall.remittance.order.command.RecordDebitFailureCommand;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.order.query.OrderQueries;
import com.gjjhall.remittance.order.query.OrderView;
import com.gjjhall.remittance.roster.Roster;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * Entrusted collection's answers (collection-service): the pending debit succeeded → the order is credited;
 * it failed → 失败 with the bank's reason, for the reviewer to review again (or resubmit, when the bank's
 * system failed). Money debited for an order that can no longer take it (another attempt, a replaced audit
 * number) goes back to the payer account.
 */
@Component
class CollectionAnswerHandler implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CollectionAnswerHandler.class);

    private static final String SUCCEEDED = "collection.DebitSucceeded.v1";
    private static final String FAILED = "collection.DebitFailed.v1";

    private final OrderQueries orders;
    private final PaymentLedger ledger;
    private final Refunds refunds;
    private final Roster roster;
    private final CommandGateway commands;
    private final Clock clock;

    CollectionAnswerHandler(OrderQueries orders, PaymentLedger ledger, Refunds refunds, Roster roster,
                            CommandGateway commands, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.refunds = refunds;
        this.roster = roster;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(SUCCEEDED, FAILED);
    }

    @Override
    public void handle(InboundEvent event) {
        if (SUCCEEDED.equals(event.type())) {
            on(event.payloadAs(DebitSucceeded.class));
        } else {
            on(event.payloadAs(DebitFailed.class));
        }
    }

    private void on(DebitSucceeded d) {
        if (!ledger.recordFirst(d.debitRequestId(), PaymentLedger.Channel.DEBIT, d.bankCode(), d.payerAccountNumber(),
                null, d.amountFen(), d.auditNumber(), d.succeededAt())) {
            return;
        }
        Optional<OrderView> order = orders.byAuditNumber(d.auditNumber());
        boolean pending = order.isPresent() && OrderState.PROCESSING.name().equals(order.get().state())
                && d.debitRequestId().equals(order.get().debitRequestId()) && d.amountFen() == order.get().totalFen();
        if (pending) {
            commands.sendAndWait(new CreditOrderCommand(order.get().orderId(), d.auditNumber(),
                    Settlement.ENTRUSTED_COLLECTION, d.debitRequestId(), d.amountFen(), d.debitRequestId()));
            ledger.settle(d.debitRequestId(), order.get().orderId(), PaymentLedger.Outcome.CREDITED, null);
            return;
        }
        String reason = "委托收款扣款与待缴审核单不符";
        log.warn("debit {} for audit number {} matches no pending attempt; refunded", d.debitRequestId(), d.auditNumber());
        String payerName = roster.unit(d.unitId()).map(Roster.UnitAccount::unitName).orElse(d.unitId());
        refunds.instruct(d.debitRequestId(), d.bankCode(), d.payerAccountNumber(), payerName, d.amountFen(), reason,
                clock.instant());
        ledger.settle(d.debitRequestId(), order.map(OrderView::orderId).orElse(null), PaymentLedger.Outcome.REFUNDED, reason);
    }

    private void on(DebitFailed d) {
        orders.byAuditNumber(d.auditNumber()).ifPresent(order -> commands.sendAndWait(new RecordDebitFailureCommand(
                order.orderId(), d.debitRequestId(), d.reasonCode(), d.reason(), d.retryable())));
    }
}
