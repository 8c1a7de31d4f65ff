package com.gjjhall.audit.support;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.account.RemittanceLinesCredited;
import com.gjjhall.contracts.bank.CounterPaymentMethod;
import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.RefundCompleted;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.contracts.remittance.AuditNumberExpired;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCancelled;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceEntered;
import com.gjjhall.contracts.remittance.RemittanceKind;
import com.gjjhall.contracts.remittance.RemittanceReviewed;
import com.gjjhall.contracts.remittance.RemittanceSubmittedForReview;
import com.gjjhall.contracts.remittance.SettlementMethod;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One unit's remittance order told as the services would publish it, each event a second after the one
 * before (the business times the view orders states by), with fresh ids so tests never meet each other.
 */
public final class RemittanceStory {

    public static final long TOTAL_FEN = 408_000;
    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    public final String unitId = "U-" + UUID.randomUUID();
    public final String orderId = "R-" + UUID.randomUUID();
    public final String auditNumber = "2026" + String.format("%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    public final String maker = "OP-" + UUID.randomUUID();
    public final String checker = "OP-" + UUID.randomUUID();
    private Instant clock;

    public RemittanceStory() {
        this(Instant.now().minusSeconds(3_600));
    }

    public RemittanceStory(Instant start) {
        this.clock = start;
    }

    /** The business time of the next event. */
    public Instant tick() {
        clock = clock.plusSeconds(1);
        return clock;
    }

    public Instant now() {
        return clock;
    }

    /** Time passes: the next event happens a second after {@code time}. */
    public void advanceTo(Instant time) {
        clock = time;
    }

    public List<IntegrationEvent> unitAndOperators(String makerLogin, String checkerLogin) {
        return List.of(new UnitEnrolled(unitId, "91420100MA4K000019", "武汉示范有限公司", tick()),
                new OperatorRegistered(maker, unitId, makerLogin, "13800000001", tick()),
                new OperatorRegistered(checker, unitId, checkerLogin, "13800000002", tick()));
    }

    public RemittanceEntered entered() {
        return new RemittanceEntered(orderId, unitId, RemittanceKind.MONTHLY, List.of(MONTH), 2, TOTAL_FEN, maker, tick());
    }

    public RemittanceSubmittedForReview submitted() {
        return new RemittanceSubmittedForReview(orderId, unitId, maker, tick());
    }

    public RemittanceReviewed reviewed(SettlementMethod method) {
        return new RemittanceReviewed(orderId, auditNumber, unitId, method, TOTAL_FEN, checker, tick(),
                Instant.parse("2026-11-30T16:00:00Z"), null);
    }

    /** 重新复核 after a failure: {@code newAuditNumber} replaces the story's audit number. */
    public RemittanceReviewed reviewedAgain(SettlementMethod method, String newAuditNumber) {
        return new RemittanceReviewed(orderId, newAuditNumber, unitId, method, TOTAL_FEN, checker, tick(),
                Instant.parse("2026-11-30T16:00:00Z"), auditNumber);
    }

    public CollectionDebitRequested debitRequested(String debitRequestId) {
        return new CollectionDebitRequested(debitRequestId, auditNumber, unitId, TOTAL_FEN, tick());
    }

    public DebitInstructed debitInstructed(String instructionId) {
        return new DebitInstructed(instructionId, "CCB", "4200000000000001", "武汉示范有限公司", TOTAL_FEN, auditNumber,
                unitId, tick());
    }

    public DebitAnswered debitAnswered(String instructionId, DebitOutcome outcome, String message) {
        return new DebitAnswered(instructionId, "CCB", outcome, message, tick());
    }

    public DebitFailed debitFailed(String debitRequestId, String reasonCode, String reason) {
        return new DebitFailed(debitRequestId, auditNumber, unitId, reasonCode, reason, true, tick());
    }

    public DebitSucceeded debitSucceeded(String debitRequestId) {
        return new DebitSucceeded(debitRequestId, auditNumber, unitId, TOTAL_FEN, "CCB", "4200000000000001", tick());
    }

    public TransferReceived transferReceived(String transferId, String memo) {
        return new TransferReceived(transferId, "ICBC", "3202000000000001", "武汉示范有限公司", TOTAL_FEN, memo, tick());
    }

    public CounterReceiptReported counterReceipt(String receiptId) {
        return new CounterReceiptReported(receiptId, "ABC", auditNumber, TOTAL_FEN, CounterPaymentMethod.CHEQUE, tick());
    }

    public RefundInstructed refundInstructed(String instructionId, String transferId, String reason) {
        return new RefundInstructed(instructionId, transferId, "ICBC", "3202000000000001", "武汉示范有限公司", TOTAL_FEN,
                reason, tick());
    }

    public RefundCompleted refundCompleted(String instructionId, String transferId) {
        return new RefundCompleted(instructionId, transferId, "ICBC", TOTAL_FEN, tick());
    }

    public RemittanceCredited credited() {
        return new RemittanceCredited(orderId, auditNumber, unitId, RemittanceKind.MONTHLY, TOTAL_FEN, 1, 1,
                List.of(new CreditedLine("P000000001", MONTH, 102_000, 102_000),
                        new CreditedLine("P000000002", MONTH, 102_000, 102_000)), tick());
    }

    public RemittanceLinesCredited linesCredited() {
        return new RemittanceLinesCredited(auditNumber, unitId, 1, 2, 0, TOTAL_FEN, tick());
    }

    public RemittanceCancelled cancelled() {
        return new RemittanceCancelled(orderId, auditNumber, unitId, checker, tick());
    }

    public AuditNumberExpired expired() {
        return new AuditNumberExpired(orderId, auditNumber, unitId, tick());
    }
}
