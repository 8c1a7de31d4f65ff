package com.gjjhall.remittance.settlement;

import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.bank.RefundCompleted;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.remittance.order.command.CreditOrderCommand;
import com.gjjhall.remittance.order.command.Settlement;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * Settles orders from the banks' events ({@code bank.settlement}): online transfers matched by their memo,
 * counter receipts by the audit number the bank keyed in. A payment that pays no live order is refunded
 * (原路退款) through {@code bank.instruction}. Runs in the transaction that records the event id; the
 * crediting command joins it.
 */
@Component
class BankSettlementHandler implements InboundEventHandler {

    private static final Logger log = LoggerFactory.getLogger(BankSettlementHandler.class);

    private static final String TRANSFER = "bank.settlement.TransferReceived.v1";
    private static final String COUNTER = "bank.settlement.CounterReceiptReported.v1";
    private static final String REFUND_COMPLETED = "bank.settlement.RefundCompleted.v1";

    /** Counter receipts carry no payer account: the bank returns the money at its counter. */
    static final String COUNTER_PAYEE_ACCOUNT = "COUNTER";
    static final String COUNTER_PAYEE_NAME = "柜面缴款人";

    private final PaymentLedger ledger;
    private final PaymentMatcher matcher;
    private final Refunds refunds;
    private final CommandGateway commands;
    private final Clock clock;

    BankSettlementHandler(PaymentLedger ledger, PaymentMatcher matcher, Refunds refunds, CommandGateway commands,
                          Clock clock) {
        this.ledger = ledger;
        this.matcher = matcher;
        this.refunds = refunds;
        this.commands = commands;
        this.clock = clock;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(TRANSFER, COUNTER, REFUND_COMPLETED);
    }

    @Override
    public void handle(InboundEvent event) {
        switch (event.type()) {
            case TRANSFER -> on(event.payloadAs(TransferReceived.class));
            case COUNTER -> on(event.payloadAs(CounterReceiptReported.class));
            case REFUND_COMPLETED -> {
                RefundCompleted done = event.payloadAs(RefundCompleted.class);
                refunds.completed(done.instructionId(), done.completedAt());
            }
            default -> throw new IllegalStateException("not a settlement event: " + event.type());
        }
    }

    private void on(TransferReceived t) {
        if (!ledger.recordFirst(t.transferId(), PaymentLedger.Channel.TRANSFER, t.bankCode(), t.payerAccountNumber(),
                t.payerAccountName(), t.amountFen(), t.memo(), t.receivedAt())) {
            log.info("transfer {} was reported before; applied once", t.transferId());
            return;
        }
        var match = matcher.match(TransferMemo.normalize(t.memo()), t.amountFen(), Settlement.BANK_TRANSFER,
                clock.instant());
        if (match.pays()) {
            credit(match, Settlement.BANK_TRANSFER, t.transferId(), t.amountFen());
        } else {
            refund(match, t.transferId(), t.bankCode(), t.payerAccountNumber(), t.payerAccountName(), t.amountFen());
        }
    }

    private void on(CounterReceiptReported r) {
        if (!ledger.recordFirst(r.receiptId(), PaymentLedger.Channel.COUNTER, r.bankCode(), null, null, r.amountFen(),
                r.auditNumber(), r.receivedAt())) {
            log.info("counter receipt {} was reported before; applied once", r.receiptId());
            return;
        }
        var match = matcher.match(TransferMemo.normalize(r.auditNumber()), r.amountFen(), Settlement.CASH_CHEQUE,
                clock.instant());
        if (match.pays()) {
            credit(match, Settlement.CASH_CHEQUE, r.receiptId(), r.amountFen());
        } else {
            refund(match, r.receiptId(), r.bankCode(), COUNTER_PAYEE_ACCOUNT, COUNTER_PAYEE_NAME, r.amountFen());
        }
    }

    private void credit(PaymentMatcher.Match match, Settlement channel, String paymentId, long amountFen) {
        commands.sendAndWait(new CreditOrderCommand(match.orderId(), match.order().auditNumber(), channel, paymentId,
                amountFen, null));
        ledger.settle(paymentId, match.orderId(), PaymentLedger.Outcome.CREDITED, null);
    }

    private void refund(PaymentMatcher.Match match, String paymentId, String bankCode, String payeeAccount,
                        String payeeName, long amountFen) {
        log.info("payment {} refunded: {}", paymentId, match.refusal());
        refunds.instruct(paymentId, bankCode, payeeAccount, payeeName, amountFen, match.refusal(), clock.instant());
        ledger.settle(paymentId, match.orderId(), PaymentLedger.Outcome.REFUNDED, match.refusal());
    }
}
