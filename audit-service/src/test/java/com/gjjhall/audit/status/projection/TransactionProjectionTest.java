package com.gjjhall.audit.status.projection;

import com.gjjhall.audit.log.LoggedEvent;
import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.audit.view.TableCache;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.remittance.SettlementMethod;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The state machine of 处理结果查询 and how events of other services find their order, on entries in log order. */
class TransactionProjectionTest {

    private final TransactionProjection projection = new TransactionProjection();
    private final List<LoggedEvent> log = new ArrayList<>();
    private final TableCache view = TableCache.replay(projection, 1, null, numbers ->
            Arrays.stream(numbers).mapToObj(n -> log.get((int) n - 1)).toList());
    private final RemittanceStory story = new RemittanceStory();

    @Test
    void anOrderMovesFromEntryThroughReviewToSuccess() {
        logged(story.entered());
        assertThat(order().state()).isEqualTo(TransactionState.ENTERED);
        logged(story.submitted());
        assertThat(order().state()).isEqualTo(TransactionState.PENDING_REVIEW);
        logged(story.reviewed(SettlementMethod.CASH_CHEQUE));
        assertThat(order().state()).isEqualTo(TransactionState.PROCESSING);
        logged(story.counterReceipt("C-1"));
        logged(story.credited());
        assertThat(order().state()).isEqualTo(TransactionState.SUCCEEDED);
        assertThat(order().auditNumber()).isEqualTo(story.auditNumber);
        assertThat(order().kind()).isEqualTo(TransactionKind.MONTHLY);
        assertThat(order().timeline()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aDebitFailureIsShownWithTheBanksReasonAndAResubmissionMovesTheOrderOn() {
        reviewedForCollection();
        logged(story.debitRequested("D-1"));
        logged(story.debitFailed("D-1", "BANK_SYSTEM_FAULT", "银行方系统故障"));
        assertThat(order().state()).isEqualTo(TransactionState.FAILED);
        assertThat(order().reason()).isEqualTo("银行方系统故障");
        logged(story.debitRequested("D-2"));
        assertThat(order().state()).isEqualTo(TransactionState.PROCESSING);
        assertThat(order().reason()).isNull();
    }

    @Test
    void aFailedOrderReviewedAgainIsProcessingUnderItsNewAuditNumberWhichTheOldOneStillLeadsTo() {
        reviewedForCollection();
        logged(story.debitRequested("D-1"));
        IntegrationEvent failure = story.debitFailed("D-1", "INSUFFICIENT_BALANCE", "账户余额不足");
        logged(failure);
        String newAuditNumber = "2026" + String.format("%010d", 1_234_567);

        logged(story.reviewedAgain(SettlementMethod.BANK_TRANSFER, newAuditNumber));

        assertThat(order().state()).isEqualTo(TransactionState.PROCESSING);
        assertThat(order().reason()).isNull();
        assertThat(order().auditNumber()).isEqualTo(newAuditNumber);
        assertThat(order().settlementMethod()).isEqualTo("BANK_TRANSFER");
        assertThat(TransactionProjection.resolve(view, TransactionProjection.audit(story.auditNumber)))
                .isEqualTo(TransactionProjection.resolve(view, TransactionProjection.audit(newAuditNumber)))
                .endsWith(story.orderId);
        logged(failure);
        assertThat(order().state()).as("the old failure, delivered again, is history").isEqualTo(TransactionState.PROCESSING);
        logged(story.transferReceived("T-1", newAuditNumber));
        logged(story.credited());
        assertThat(order().state()).isEqualTo(TransactionState.SUCCEEDED);
    }

    @Test
    void aDebitRequestLoggedAfterTheFailureItCausedDoesNotMoveTheOrderBack() {
        reviewedForCollection();
        IntegrationEvent request = story.debitRequested("D-1");
        logged(story.debitFailed("D-1", "INSUFFICIENT_BALANCE", "账户余额不足"));
        logged(request);
        assertThat(order().state()).isEqualTo(TransactionState.FAILED);
        assertThat(order().timeline()).hasSize(5);
    }

    @Test
    void nothingMovesACancelledOrderOnButEverythingJoinsItsTimeline() {
        logged(story.entered());
        logged(story.submitted());
        logged(story.reviewed(SettlementMethod.BANK_TRANSFER));
        logged(story.cancelled());
        logged(story.transferReceived("T-1", story.auditNumber));
        logged(story.refundInstructed("I-R", "T-1", "审核单号已撤销"));
        logged(story.credited());
        assertThat(order().state()).isEqualTo(TransactionState.CANCELLED);
        assertThat(order().timeline()).hasSize(7);
    }

    @Test
    void aBankAnswerLoggedBeforeItsInstructionAndItsOrderJoinsTheOrderWhenTheyArrive() {
        var entered = story.entered();
        var submitted = story.submitted();
        var reviewed = story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION);
        var instructed = story.debitInstructed("I-1");
        logged(story.debitAnswered("I-1", DebitOutcome.SUCCEEDED, "扣款成功"));
        logged(instructed);
        assertThat(view.find(TransactionTables.TRANSACTIONS, story.orderId)).isNull();
        assertThat(view.find(TransactionTables.WAITING, "audit:" + story.auditNumber).entries()).containsExactly(1, 2);
        logged(entered);
        logged(submitted);
        logged(reviewed);
        assertThat(order().timeline()).containsExactly(1, 2, 3, 4, 5);
        assertThat(order().state()).isEqualTo(TransactionState.PROCESSING);
        assertThat(view.find(TransactionTables.WAITING, "audit:" + story.auditNumber)).isNull();
    }

    @Test
    void aTransferMemoTypedWithFullWidthDigitsAndSpacesFindsItsAuditNumber() {
        logged(story.entered());
        logged(story.submitted());
        logged(story.reviewed(SettlementMethod.BANK_TRANSFER));
        String typed = " " + story.auditNumber.substring(0, 4).chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat)
                + "\u3000" + story.auditNumber.substring(4) + " ";
        logged(story.transferReceived("T-1", typed));
        logged(story.refundInstructed("I-R", "T-1", "金额不符"));
        assertThat(order().timeline()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aTransferWhoseMemoIsNoAuditNumberJoinsNoTransaction() {
        logged(story.entered());
        logged(story.transferReceived("T-1", "工资"));
        assertThat(order().timeline()).containsExactly(1);
        assertThat(view.find(TransactionTables.WAITING, "audit:工资").entries()).containsExactly(2);
    }

    @Test
    void anExpiredAuditNumberIsFinal() {
        logged(story.entered());
        logged(story.submitted());
        logged(story.reviewed(SettlementMethod.BANK_TRANSFER));
        logged(story.expired());
        logged(story.debitFailed("D-1", "INSUFFICIENT_BALANCE", "账户余额不足"));
        assertThat(order().state()).isEqualTo(TransactionState.EXPIRED);
    }

    @Test
    void operatorsAndUnitsAreKnownByTheirNames() {
        story.unitAndOperators("maker01", "checker01").forEach(this::logged);
        assertThat(view.find(TransactionTables.OPERATORS, story.maker).loginName()).isEqualTo("maker01");
        assertThat(view.find(TransactionTables.UNITS, story.unitId).unitName()).isEqualTo("武汉示范有限公司");
    }

    private void reviewedForCollection() {
        logged(story.entered());
        logged(story.submitted());
        logged(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
    }

    private TransactionRow order() {
        return view.find(TransactionTables.TRANSACTIONS, story.orderId);
    }

    private void logged(IntegrationEvent event) {
        EventType type = EventType.of(event.getClass());
        LoggedEvent entry = new LoggedEvent(log.size() + 1, UUID.randomUUID().toString(), type.toString(), "/test",
                event.subject(), Instant.now(), Instant.now(), "", type.topic(), 0, log.size(),
                new String(EventJson.write(event), StandardCharsets.UTF_8));
        log.add(entry);
        projection.apply(entry, view);
    }
}
