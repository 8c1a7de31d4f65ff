package com.gjjhall.remittance.order;

import com.gjjhall.remittance.order.command.AuditNumbers;
import com.gjjhall.remittance.order.command.CancelOrderCommand;
import com.gjjhall.remittance.order.command.ClientRequests;
import com.gjjhall.remittance.order.command.CreditOrderCommand;
import com.gjjhall.remittance.order.command.CreditedLinesPublisher;
import com.gjjhall.remittance.order.command.DebitRequested;
import com.gjjhall.remittance.order.command.ExpireOrderCommand;
import com.gjjhall.remittance.order.command.OrderCancelled;
import com.gjjhall.remittance.order.command.OrderCredited;
import com.gjjhall.remittance.order.command.OrderEntered;
import com.gjjhall.remittance.order.command.OrderExpired;
import com.gjjhall.remittance.order.command.OrderFailed;
import com.gjjhall.remittance.order.command.OrderKind;
import com.gjjhall.remittance.order.command.OrderReviewed;
import com.gjjhall.remittance.order.command.OrderSubmitted;
import com.gjjhall.remittance.order.command.RecordDebitFailureCommand;
import com.gjjhall.remittance.order.command.RemittanceLines;
import com.gjjhall.remittance.order.command.RemittanceOrder;
import com.gjjhall.remittance.order.command.ResubmitCollectionCommand;
import com.gjjhall.remittance.order.command.ReviewOrderCommand;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.shared.AuditNumber;
import com.gjjhall.testkit.SettableClock;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.matches;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.any;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The order's rules, without a database: who may do what, and when. */
class RemittanceOrderTest {

    private static final Instant REVIEWED = Instant.parse("2026-11-16T02:00:00Z");
    private static final Instant MONTH_END = Instant.parse("2026-11-30T16:00:00Z");
    private static final String AUDIT = "26111600000173";

    private static final String NEW_AUDIT = AuditNumber.issue(LocalDate.of(2026, 11, 16), 28).value();

    private final SettableClock clock = new SettableClock(REVIEWED);
    private final RemittanceLines lines = mock(RemittanceLines.class);
    private AggregateTestFixture<RemittanceOrder> fixture;

    @BeforeEach
    void setUp() {
        AuditNumbers numbers = mock(AuditNumbers.class);
        when(numbers.next(org.mockito.ArgumentMatchers.any(LocalDate.class))).thenReturn(new AuditNumber(NEW_AUDIT));
        fixture = new AggregateTestFixture<>(RemittanceOrder.class);
        fixture.registerInjectableResource(lines);
        fixture.registerInjectableResource(mock(ClientRequests.class));
        fixture.registerInjectableResource(numbers);
        fixture.registerInjectableResource(mock(CreditedLinesPublisher.class));
        fixture.registerInjectableResource(clock);
    }

    @Test
    void theOperatorWhoEnteredTheOrderCannotReviewIt() {
        fixture.given(entered(), submittedBy("MAKER"))
                .when(new ReviewOrderCommand("R1", "U1", "MAKER", Settlement.BANK_TRANSFER, "k"))
                .expectException(BusinessException.class)
                .expectExceptionMessage(containsString("REVIEWER_IS_MAKER"));
    }

    @Test
    void anOrderOfAnotherUnitIsNotFound() {
        fixture.given(entered(), submittedBy("MAKER"))
                .when(new ReviewOrderCommand("R1", "U2", "CHECKER", Settlement.BANK_TRANSFER, "k"))
                .expectExceptionMessage(containsString("ORDER_NOT_FOUND"));
    }

    @Test
    void aTransferOfTheExactTotalCreditsTheOrder() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER))
                .when(new CreditOrderCommand("R1", AUDIT, Settlement.BANK_TRANSFER, "T1", 408_000, null))
                .expectEvents(new OrderCredited("R1", "U1", AUDIT, OrderKind.MONTHLY, 408_000, "T1", REVIEWED));
    }

    @Test
    void aCreditedOrderCannotBePaidOrCancelledAgain() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER),
                        new OrderCredited("R1", "U1", AUDIT, OrderKind.MONTHLY, 408_000, "T1", REVIEWED))
                .when(new CancelOrderCommand("R1", "U1", "CHECKER", "k2"))
                .expectExceptionMessage(containsString("ALREADY_CREDITED"));
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER),
                        new OrderCredited("R1", "U1", AUDIT, OrderKind.MONTHLY, 408_000, "T1", REVIEWED))
                .when(new CreditOrderCommand("R1", AUDIT, Settlement.BANK_TRANSFER, "T2", 408_000, null))
                .expectException(BusinessException.class);
    }

    @Test
    void onlyTheReviewerCancels() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.CASH_CHEQUE))
                .when(new CancelOrderCommand("R1", "U1", "MAKER", "k2"))
                .expectExceptionMessage(containsString("NOT_THE_REVIEWER"));
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.CASH_CHEQUE))
                .when(new CancelOrderCommand("R1", "U1", "CHECKER", "k2"))
                .expectEvents(new OrderCancelled("R1", "U1", AUDIT, "CHECKER", REVIEWED));
    }

    @Test
    void anAuditNumberLapsesOnlyOnceItsMonthHasEnded() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER))
                .when(new ExpireOrderCommand("R1"))
                .expectNoEvents()
                .expectResultMessagePayload(false);
        clock.set(MONTH_END);
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER))
                .when(new ExpireOrderCommand("R1"))
                .expectEvents(new OrderExpired("R1", "U1", AUDIT, MONTH_END));
    }

    @Test
    void aPendingDebitHoldsTheOrderUntilTheBankAnswers() {
        clock.set(MONTH_END);
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D1"))
                .when(new ExpireOrderCommand("R1"))
                .expectNoEvents();
    }

    @Test
    void aRetryableFailureMayBeResubmittedAsANewAttemptUnderTheSameAuditNumber() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D1"),
                        new OrderFailed("R1", "U1", AUDIT, "BANK_SYSTEM_FAULT", "银行方系统故障", true, REVIEWED))
                .when(new ResubmitCollectionCommand("R1", "U1", "CHECKER", "k3"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(any(DebitRequested.class)), andNoMore()));
    }

    @Test
    void aFailedDebitKeepsTheOrdersLinesForTheReReview() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D1"))
                .when(new RecordDebitFailureCommand("R1", "D1", "INSUFFICIENT_BALANCE", "账户余额不足", false))
                .expectEvents(insufficientBalance());
        verifyNoInteractions(lines);
    }

    @Test
    void aNonRetryableFailureIsNotResubmittedButReviewedAgainUnderANewAuditNumber() {
        fixture.given(failedByTheBank())
                .when(new ResubmitCollectionCommand("R1", "U1", "CHECKER", "k3"))
                .expectExceptionMessage(containsString("NOT_RESUBMITTABLE"));
        fixture.given(failedByTheBank())
                .when(new ReviewOrderCommand("R1", "U1", "CHECKER2", Settlement.BANK_TRANSFER, "k3"))
                .expectEvents(new OrderReviewed("R1", "U1", NEW_AUDIT, Settlement.BANK_TRANSFER, 408_000, "CHECKER2",
                        REVIEWED, MONTH_END, AUDIT));
    }

    @Test
    void aReReviewByEntrustedCollectionSendsANewDebitUnderTheNewAuditNumber() {
        fixture.given(failedByTheBank())
                .when(new ReviewOrderCommand("R1", "U1", "CHECKER", Settlement.ENTRUSTED_COLLECTION, "k3"))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(any(OrderReviewed.class)),
                        messageWithPayload(matches(
                                payload -> payload instanceof DebitRequested d && d.auditNumber().equals(NEW_AUDIT))), andNoMore()));
    }

    @Test
    void theMakerCannotReviewAFailedOrderAgain() {
        fixture.given(failedByTheBank())
                .when(new ReviewOrderCommand("R1", "U1", "MAKER", Settlement.BANK_TRANSFER, "k3"))
                .expectExceptionMessage(containsString("REVIEWER_IS_MAKER"));
    }

    @Test
    void onlyAFailedOrderIsReviewedAgain() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.BANK_TRANSFER))
                .when(new ReviewOrderCommand("R1", "U1", "CHECKER", Settlement.CASH_CHEQUE, "k3"))
                .expectExceptionMessage(containsString("WRONG_STATE"));
    }

    @Test
    void aPaymentUnderTheReplacedAuditNumberIsNotCredited() {
        fixture.given(failedByTheBankThenReviewedAgainForTransfer())
                .when(new CreditOrderCommand("R1", AUDIT, Settlement.BANK_TRANSFER, "T1", 408_000, null))
                .expectExceptionMessage(containsString("WRONG_STATE"));
        fixture.given(failedByTheBankThenReviewedAgainForTransfer())
                .when(new CreditOrderCommand("R1", NEW_AUDIT, Settlement.BANK_TRANSFER, "T1", 408_000, null))
                .expectEvents(new OrderCredited("R1", "U1", NEW_AUDIT, OrderKind.MONTHLY, 408_000, "T1", REVIEWED));
    }

    @Test
    void aFailedOrderIsCancelledByItsReviewer() {
        fixture.given(failedByTheBank())
                .when(new CancelOrderCommand("R1", "U1", "CHECKER", "k3"))
                .expectEvents(new OrderCancelled("R1", "U1", AUDIT, "CHECKER", REVIEWED));
    }

    @Test
    void aFailedOrderNotReviewedAgainLapsesAtTheEndOfItsMonth() {
        clock.set(MONTH_END);
        fixture.given(failedByTheBank())
                .when(new ExpireOrderCommand("R1"))
                .expectEvents(new OrderExpired("R1", "U1", AUDIT, MONTH_END));
        fixture.given(failedByTheBank())
                .when(new ReviewOrderCommand("R1", "U1", "CHECKER", Settlement.BANK_TRANSFER, "k3"))
                .expectExceptionMessage(containsString("WRONG_STATE"));
    }

    @Test
    void anAnswerForAnOlderAttemptChangesNothing() {
        fixture.given(entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D2"))
                .when(new RecordDebitFailureCommand("R1", "D1", "ACCOUNT_ABNORMAL", "账户状态不正常", false))
                .expectNoEvents();
    }

    private static OrderEntered entered() {
        return new OrderEntered("R1", "U1", OrderKind.MONTHLY, List.of(YearMonth.of(2026, 11)), 2, 408_000, "MAKER",
                REVIEWED);
    }

    private static OrderSubmitted submittedBy(String operator) {
        return new OrderSubmitted("R1", "U1", operator, REVIEWED);
    }

    private static OrderReviewed reviewed(Settlement settlement) {
        return new OrderReviewed("R1", "U1", AUDIT, settlement, 408_000, "CHECKER", REVIEWED, MONTH_END, null);
    }

    /** Reviewed for entrusted collection, and the bank refused the debit for good (账户余额不足). */
    private static Object[] failedByTheBank() {
        return new Object[] {entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D1"),
                insufficientBalance()};
    }

    private static Object[] failedByTheBankThenReviewedAgainForTransfer() {
        return new Object[] {entered(), submittedBy("MAKER"), reviewed(Settlement.ENTRUSTED_COLLECTION), debit("D1"),
                insufficientBalance(), new OrderReviewed("R1", "U1", NEW_AUDIT, Settlement.BANK_TRANSFER, 408_000,
                "CHECKER", REVIEWED, MONTH_END, AUDIT)};
    }

    private static OrderFailed insufficientBalance() {
        return new OrderFailed("R1", "U1", AUDIT, "INSUFFICIENT_BALANCE", "账户余额不足", false, REVIEWED);
    }

    private static DebitRequested debit(String id) {
        return new DebitRequested("R1", "U1", AUDIT, id, 408_000, REVIEWED);
    }
}
