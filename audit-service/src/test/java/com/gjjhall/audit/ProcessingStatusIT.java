package com.gjjhall.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.support.AuditApi;
import com.gjjhall.audit.support.PlatformEvents;
import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.contracts.account.EmployeeAccountOpened;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.remittance.SettlementMethod;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 处理结果查询: operators find their transaction's state, reason and every step across the services and banks. */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessingStatusIT {

    private static PlatformEvents events;

    @Autowired
    TestRestTemplate http;

    @BeforeAll
    static void producer(Infrastructure infrastructure) {
        events = new PlatformEvents(infrastructure);
    }

    @AfterAll
    static void closeProducer() {
        events.close();
    }

    @Test
    void anEntrustedCollectionShowsEveryStepAcrossTheServicesAndBanks() {
        RemittanceStory story = new RemittanceStory();
        story.unitAndOperators("maker-" + story.maker.substring(3, 11), "checker-" + story.checker.substring(3, 11))
                .forEach(events::publish);
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
        events.publish(story.debitRequested("D-1-" + story.orderId));
        events.publish(story.debitInstructed("I-1-" + story.orderId));
        events.publish(story.debitAnswered("I-1-" + story.orderId, DebitOutcome.BANK_SYSTEM_FAULT, "银行方系统故障"));
        events.publish(story.debitFailed("D-1-" + story.orderId, "BANK_SYSTEM_FAULT", "银行方系统故障"));

        String operator = AuditApi.operatorOf(story.unitId);
        JsonNode failed = awaitState(operator, story.auditNumber, "失败");
        assertThat(failed.get("reason").asText()).isEqualTo("银行方系统故障");
        assertThat(failed.get("transactionId").asText()).isEqualTo(story.orderId);

        // FAQ 二.7: the reviewer resubmits; the second debit goes through and the order is credited.
        events.publish(story.debitRequested("D-2-" + story.orderId));
        events.publish(story.debitInstructed("I-2-" + story.orderId));
        events.publish(story.debitAnswered("I-2-" + story.orderId, DebitOutcome.SUCCEEDED, "扣款成功"));
        events.publish(story.debitSucceeded("D-2-" + story.orderId));
        events.publish(story.credited());
        events.publish(story.linesCredited());

        await().atMost(Duration.ofSeconds(20)).until(() ->
                timeline(find(operator, story.orderId)).size() == 13);
        JsonNode done = find(operator, story.orderId);
        assertThat(done.get("state").asText()).isEqualTo("成功");
        assertThat(done.has("reason")).isFalse();
        assertThat(done.get("auditNumber").asText()).isEqualTo(story.auditNumber);
        assertThat(done.get("kind").asText()).isEqualTo("汇缴");
        assertThat(done.get("unitName").asText()).isEqualTo("武汉示范有限公司");
        assertThat(done.get("settlementMethod").asText()).isEqualTo("委托收款");
        assertThat(timeline(done)).containsExactly(
                "录入汇缴：2026-11，共 2 人，金额 4080.00 元",
                "提交复核",
                "复核通过，审核单号 " + story.auditNumber + "，结算方式：委托收款",
                "发起委托收款扣款 4080.00 元",
                "向银行发送扣款指令 4080.00 元",
                "银行应答：银行方系统故障",
                "委托收款扣款失败：银行方系统故障",
                "发起委托收款扣款 4080.00 元",
                "向银行发送扣款指令 4080.00 元",
                "银行应答：扣款成功",
                "委托收款扣款成功 4080.00 元",
                "入账成功",
                "职工个人账户入账 2 人");
        JsonNode steps = done.get("timeline");
        assertThat(steps.get(0).get("operator").asText()).startsWith("maker-");
        assertThat(steps.get(2).get("operator").asText()).startsWith("checker-");
        assertThat(steps.get(5).get("service").asText()).isEqualTo("/bank-simulator");
        assertThat(steps.get(12).get("service").asText()).isEqualTo("/account-service");
        // the bank's answer names only its instruction: it still leads to the order
        assertThat(find(operator, "I-1-" + story.orderId).get("transactionId").asText()).isEqualTo(story.orderId);
        assertThat(find(operator, "D-2-" + story.orderId).get("transactionId").asText()).isEqualTo(story.orderId);
    }

    @Test
    void anotherUnitsOperatorIsToldTheTransactionDoesNotExist() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        awaitState(AuditApi.operatorOf(story.unitId), story.orderId, "录入");

        ResponseEntity<String> stranger = new AuditApi(http).get(AuditApi.operatorOf("U-" + UUID.randomUUID()),
                "/api/audit/transactions/" + story.orderId);
        assertThat(stranger.getStatusCode().value()).isEqualTo(404);
        assertThat(AuditApi.parse(stranger.getBody()).get("title").asText()).isEqualTo("未查询到该笔业务");
    }

    @Test
    void aTransferWhoseMemoIsTypedFullWidthJoinsItsTransaction() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.BANK_TRANSFER));
        String fullWidth = " " + toFullWidth(story.auditNumber.substring(0, 7)) + "\u3000" + story.auditNumber.substring(7);
        events.publish(story.transferReceived("T-" + story.orderId, fullWidth));
        events.publish(story.credited());

        String operator = AuditApi.operatorOf(story.unitId);
        JsonNode done = awaitState(operator, story.auditNumber, "成功");
        assertThat(timeline(done)).contains("收到网银转账 4080.00 元");
        assertThat(done.get("settlementMethod").asText()).isEqualTo("网银转账");
    }

    @Test
    void aRefundAfterCancellationShowsInTheTimelineWhileTheStateStaysCancelled() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.BANK_TRANSFER));
        events.publish(story.cancelled());
        events.publish(story.transferReceived("T-" + story.orderId, story.auditNumber));
        events.publish(story.refundInstructed("I-R-" + story.orderId, "T-" + story.orderId, "审核单号已撤销"));
        events.publish(story.refundCompleted("I-R-" + story.orderId, "T-" + story.orderId));

        String operator = AuditApi.operatorOf(story.unitId);
        await().atMost(Duration.ofSeconds(20)).until(() -> timeline(find(operator, story.auditNumber)).size() == 7);
        JsonNode cancelled = find(operator, story.auditNumber);
        assertThat(cancelled.get("state").asText()).isEqualTo("撤销");
        assertThat(timeline(cancelled).subList(3, 7)).containsExactly("汇补缴撤销", "收到网银转账 4080.00 元",
                "原路退款 4080.00 元：审核单号已撤销", "退款已退回付款账户 4080.00 元");
    }

    @Test
    void aDebitRequestLoggedAfterTheFailureItCausedDoesNotUndoTheFailure() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
        var request = story.debitRequested("D-" + story.orderId);
        var failure = story.debitFailed("D-" + story.orderId, "INSUFFICIENT_BALANCE", "账户余额不足");
        events.publish(failure);
        String operator = AuditApi.operatorOf(story.unitId);
        awaitState(operator, story.orderId, "失败");
        events.publish(request);

        await().atMost(Duration.ofSeconds(20)).until(() -> timeline(find(operator, story.orderId)).size() == 5);
        JsonNode found = find(operator, story.orderId);
        assertThat(found.get("state").asText()).isEqualTo("失败");
        assertThat(found.get("reason").asText()).isEqualTo("账户余额不足");
    }

    @Test
    void bankEventsLoggedBeforeTheirOrderJoinItWhenItArrives() {
        RemittanceStory story = new RemittanceStory();
        String instruction = "I-" + story.orderId;
        var entered = story.entered();
        var submitted = story.submitted();
        var reviewed = story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION);
        var instructed = story.debitInstructed(instruction);
        var answered = story.debitAnswered(instruction, DebitOutcome.INSUFFICIENT_BALANCE, "账户余额不足");
        events.publish(answered);
        events.publish(instructed);
        String operator = AuditApi.operatorOf(story.unitId);
        assertThat(new AuditApi(http).get(operator, "/api/audit/transactions/" + instruction).getStatusCode().value())
                .isEqualTo(404);
        events.publish(entered);
        events.publish(submitted);
        events.publish(reviewed);

        await().atMost(Duration.ofSeconds(20)).until(() -> timeline(find(operator, story.orderId)).size() == 5);
        JsonNode found = find(operator, instruction);
        assertThat(found.get("state").asText()).isEqualTo("处理中");
        assertThat(timeline(found)).containsExactly("录入汇缴：2026-11，共 2 人，金额 4080.00 元", "提交复核",
                "复核通过，审核单号 " + story.auditNumber + "，结算方式：委托收款", "向银行发送扣款指令 4080.00 元",
                "银行应答：账户余额不足");
        JsonNode steps = found.get("timeline");
        assertThat(steps.get(4).get("sequenceNo").asLong()).as("logged first, shown where it happened")
                .isLessThan(steps.get(0).get("sequenceNo").asLong());
    }

    @Test
    void anAuditNumberNotCreditedByMonthEndExpires() {
        RemittanceStory story = new RemittanceStory();
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.CASH_CHEQUE));
        events.publish(story.expired());
        events.publish(story.counterReceipt("C-" + story.orderId));

        String operator = AuditApi.operatorOf(story.unitId);
        await().atMost(Duration.ofSeconds(20)).until(() -> timeline(find(operator, story.auditNumber)).size() == 5);
        assertThat(find(operator, story.auditNumber).get("state").asText()).isEqualTo("失效");
    }

    @Test
    void theUnitsListShowsItsOwnTransactionsInTheAskedState() {
        RemittanceStory failing = new RemittanceStory();
        RemittanceStory pending = new RemittanceStory();
        events.publish(failing.entered());
        events.publish(failing.submitted());
        events.publish(failing.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
        events.publish(failing.debitFailed("D-" + failing.orderId, "ACCOUNT_ABNORMAL", "账户状态不正常"));
        var sameUnit = new com.gjjhall.contracts.remittance.RemittanceEntered("R-" + UUID.randomUUID(), failing.unitId,
                com.gjjhall.contracts.remittance.RemittanceKind.BACK_PAYMENT, List.of(YearMonth.of(2026, 10)), 1, 1_000,
                failing.maker, failing.tick());
        events.publish(sameUnit);
        events.publish(pending.entered());
        String operator = AuditApi.operatorOf(failing.unitId);
        awaitState(operator, failing.orderId, "失败");
        awaitState(operator, sameUnit.orderId(), "录入");

        AuditApi api = new AuditApi(http);
        JsonNode failed = api.json(api.get(operator, "/api/audit/transactions?state=失败"));
        assertThat(failed.get("total").asLong()).isEqualTo(1);
        assertThat(failed.get("items").get(0).get("transactionId").asText()).isEqualTo(failing.orderId);
        assertThat(failed.get("items").get(0).get("reason").asText()).isEqualTo("账户状态不正常");
        JsonNode all = api.json(api.get(operator, "/api/audit/transactions?from=2020-01-01&to=2099-12-31"));
        assertThat(all.get("total").asLong()).isEqualTo(2);
        assertThat(all.get("items").get(0).get("kind").asText()).isEqualTo("补缴");

        ResponseEntity<String> wrongState = api.get(operator, "/api/audit/transactions?state=完成");
        assertThat(wrongState.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = AuditApi.parse(wrongState.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("处理状态不正确");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("state");
    }

    @Test
    void anAccountOpeningIsListedAsSucceeded() {
        String unitId = "U-" + UUID.randomUUID();
        String eventId = events.publish(new EmployeeAccountOpened("P" + System.nanoTime(), unitId, "420106199001011234",
                "张三", 500_000, YearMonth.of(2026, 11), Instant.now()));
        String operator = AuditApi.operatorOf(unitId);
        JsonNode opened = awaitState(operator, eventId, "成功");
        assertThat(opened.get("kind").asText()).isEqualTo("开户");
        assertThat(timeline(opened).get(0)).startsWith("职工开户：张三");
    }

    @Test
    void anOperatorSeesTheResultWithinASecond() {
        RemittanceStory story = new RemittanceStory(Instant.now().minusSeconds(60));
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.CASH_CHEQUE));
        String operator = AuditApi.operatorOf(story.unitId);
        awaitState(operator, story.auditNumber, "处理中");

        events.publish(story.credited());
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> "成功".equals(find(operator, story.auditNumber).path("state").asText()));
    }

    @Test
    void aFailedOrderReviewedAgainIsFoundByBothAuditNumbersWithTheReReviewInItsTimeline() {
        RemittanceStory story = new RemittanceStory();
        String newAuditNumber = "2026" + story.auditNumber.substring(4, 13) + "7";
        events.publish(story.entered());
        events.publish(story.submitted());
        events.publish(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
        events.publish(story.debitRequested("D-1-" + story.orderId));
        events.publish(story.debitFailed("D-1-" + story.orderId, "INSUFFICIENT_BALANCE", "账户余额不足"));
        events.publish(story.reviewedAgain(SettlementMethod.BANK_TRANSFER, newAuditNumber));

        String operator = AuditApi.operatorOf(story.unitId);
        JsonNode again = awaitState(operator, newAuditNumber, "处理中");
        assertThat(find(operator, story.auditNumber).get("transactionId").asText()).isEqualTo(story.orderId);
        assertThat(again.get("auditNumber").asText()).isEqualTo(newAuditNumber);
        assertThat(again.get("settlementMethod").asText()).isEqualTo("网银转账");
        assertThat(again.has("reason")).isFalse();
        assertThat(timeline(again)).endsWith("委托收款扣款失败：账户余额不足",
                "重新复核（原审核单号 " + story.auditNumber + " 作废），审核单号 " + newAuditNumber + "，结算方式：网银转账");
    }

    private JsonNode awaitState(String token, String key, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> state.equals(find(token, key).path("state").asText()));
        return find(token, key);
    }

    private JsonNode find(String token, String key) {
        ResponseEntity<String> response = new AuditApi(http).get(token, "/api/audit/transactions/" + key);
        return AuditApi.parse(response.getBody());
    }

    private static List<String> timeline(JsonNode transaction) {
        List<String> steps = new ArrayList<>();
        transaction.path("timeline").forEach(step -> steps.add(step.get("description").asText()));
        return steps;
    }

    private static String toFullWidth(String digits) {
        StringBuilder out = new StringBuilder();
        digits.chars().forEach(c -> out.append((char) (c - '0' + '０')));
        return out.toString();
    }
}
