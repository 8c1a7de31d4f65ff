package com.gjjhall.remittance.publication;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.contracts.remittance.AuditNumberExpired;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCancelled;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.contracts.remittance.RemittanceFailed;
import com.gjjhall.contracts.remittance.RemittanceKind;
import com.gjjhall.contracts.remittance.RemittanceReviewed;
import com.gjjhall.contracts.remittance.RemittanceSubmittedForReview;
import com.gjjhall.contracts.remittance.SettlementMethod;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import com.gjjhall.remittance.order.command.CreditedLinesPart;
import com.gjjhall.remittance.order.command.DebitRequested;
import com.gjjhall.remittance.order.command.OrderCancelled;
import com.gjjhall.remittance.order.command.OrderEntered;
import com.gjjhall.remittance.order.command.OrderExpired;
import com.gjjhall.remittance.order.command.OrderFailed;
import com.gjjhall.remittance.order.command.OrderReviewed;
import com.gjjhall.remittance.order.command.OrderSubmitted;
import com.gjjhall.remittance.settlement.RefundRequested;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What remittance-service tells the platform: the orders' life on {@code remittance.events}, refunds on
 * {@code bank.instruction}. The crediting itself is told through the lines' parts, which account-service
 * credits employee by employee.
 */
@Component
class RemittanceEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(published(domainEvent));
    }

    private static IntegrationEvent published(Object domainEvent) {
        if (domainEvent instanceof OrderEntered e) {
            return new RemittanceEntered(e.orderId(), e.unitId(), RemittanceKind.valueOf(e.kind().name()), e.months(),
                    e.lineCount(), e.totalFen(), e.enteredBy(), e.enteredAt());
        }
        if (domainEvent instanceof OrderSubmitted e) {
            return new RemittanceSubmittedForReview(e.orderId(), e.unitId(), e.submittedBy(), e.submittedAt());
        }
        if (domainEvent instanceof OrderReviewed e) {
            return new RemittanceReviewed(e.orderId(), e.auditNumber(), e.unitId(),
                    SettlementMethod.valueOf(e.settlement().name()), e.totalFen(), e.reviewedBy(), e.reviewedAt(),
                    e.expiresAt(), e.previousAuditNumber());
        }
        if (domainEvent instanceof DebitRequested e) {
            return new CollectionDebitRequested(e.debitRequestId(), e.auditNumber(), e.unitId(), e.amountFen(),
                    e.requestedAt());
        }
        if (domainEvent instanceof CreditedLinesPart e) {
            return new RemittanceCredited(e.orderId(), e.auditNumber(), e.unitId(), RemittanceKind.valueOf(e.kind().name()),
                    e.totalFen(), e.part(), e.parts(), e.lines().stream().map(l -> new CreditedLine(
                    l.personalAccountNumber(), l.month(), l.unitAmountFen(), l.personalAmountFen())).toList(),
                    e.creditedAt());
        }
        if (domainEvent instanceof OrderFailed e) {
            return new RemittanceFailed(e.orderId(), e.auditNumber(), e.unitId(), e.reasonCode(), e.reason(),
                    e.retryable(), e.failedAt());
        }
        if (domainEvent instanceof OrderCancelled e) {
            return new RemittanceCancelled(e.orderId(), e.auditNumber(), e.unitId(), e.cancelledBy(), e.cancelledAt());
        }
        if (domainEvent instanceof OrderExpired e) {
            return new AuditNumberExpired(e.orderId(), e.auditNumber(), e.unitId(), e.expiredAt());
        }
        if (domainEvent instanceof RefundRequested e) {
            return new RefundInstructed(e.instructionId(), e.paymentId(), e.bankCode(), e.payeeAccountNumber(),
                    e.payeeAccountName(), e.amountFen(), e.reason(), e.instructedAt());
        }
        return null;
    }
}
