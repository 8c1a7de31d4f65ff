package com.gjjhall.remittance.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.account.EmployeeAccountSealed;
import com.gjjhall.remittance.shared.AuditNumber;
import com.gjjhall.remittance.support.RemittanceIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Entering, submitting and reviewing by two different operators of the unit; client keys; the home page. */
class MakerCheckerIT extends RemittanceIT {

    @Test
    void aMonthlyRemittanceHasOneLinePerContributingEmployeeAtBaseTimesRates() {
        Unit unit = openUnit(3);
        kafka().publish(new EmployeeAccountSealed(unit.accounts().get(2), unit.unitId(), NOVEMBER, "离职", NOW));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("""
                select count(*) from contribution_period where personal_account_number = ? and end_month is not null""",
                Integer.class, unit.accounts().get(2)) == 1);

        String orderId = enterMonthly(unit, NOVEMBER);

        JsonNode order = order(unit, orderId);
        assertThat(order.get("state").asText()).isEqualTo("ENTERED");
        assertThat(order.get("stateName").asText()).isEqualTo("可维护指令");
        assertThat(order.get("lineCount").asInt()).as("the sealed employee contributes no more").isEqualTo(2);
        assertThat(order.get("totalFen").asLong()).as("8,500.00 × 12 %% + 8,500.00 × 12 %% each").isEqualTo(408_000);
        var entered = kafka().await(Topics.REMITTANCE, 1, r -> r.key().equals(orderId)
                && r.type().equals("remittance.RemittanceEntered.v1"), PATIENCE);
        assertThat(entered.get(0).body().get("lineCount").asInt()).isEqualTo(2);
        assertThat(entered.get(0).body().get("months").get(0).asText()).isEqualTo("2026-11");
    }

    @Test
    void aReviewerWhoEnteredTheOrderIsRefused() {
        Unit unit = openUnit(1);
        String orderId = enterMonthly(unit, NOVEMBER);
        submit(unit, orderId);

        ResponseEntity<JsonNode> refused = post("/api/remittance/orders/" + orderId + "/review",
                Map.of("clientKey", key(), "settlementMethod", "BANK_TRANSFER"), unit.maker(), unit.unitId());

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody().get("code").asText()).isEqualTo("REVIEWER_IS_MAKER");
        assertThat(refused.getBody().get("title").asText()).isEqualTo("复核人员不能复核本人录入的业务");
        assertThat(order(unit, orderId).get("stateName").asText()).isEqualTo("待复核指令");
    }

    @Test
    void anOperatorOfAnotherUnitCannotSeeOrReviewTheOrder() {
        Unit unit = openUnit(1);
        Unit other = openUnit(1);
        String orderId = enterMonthly(unit, NOVEMBER);
        submit(unit, orderId);

        ResponseEntity<JsonNode> refused = post("/api/remittance/orders/" + orderId + "/review",
                Map.of("clientKey", key(), "settlementMethod", "BANK_TRANSFER"), other.checker(), other.unitId());

        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("指令不存在");
    }

    @Test
    void theSameReviewSentTwiceIssuesOneAuditNumberAndReturnsTheFirstOutcome() throws Exception {
        Unit unit = openUnit(2);
        String orderId = enterMonthly(unit, NOVEMBER);
        submit(unit, orderId);
        String clientKey = key();

        var first = CompletableFuture.supplyAsync(() -> review(unit, orderId, "BANK_TRANSFER", clientKey));
        var second = CompletableFuture.supplyAsync(() -> review(unit, orderId, "BANK_TRANSFER", clientKey));
        ResponseEntity<JsonNode> a = first.get();
        ResponseEntity<JsonNode> b = second.get();
        ResponseEntity<JsonNode> afterRetry = review(unit, orderId, "BANK_TRANSFER", clientKey);

        assertThat(List.of(a, b, afterRetry)).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).as("%s", r.getBody()).isEqualTo(200);
            assertThat(r.getBody().get("state").asText()).isEqualTo("PROCESSING");
            assertThat(r.getBody().get("stateName").asText()).isEqualTo("处理中");
        });
        String auditNumber = a.getBody().get("auditNumber").asText();
        assertThat(AuditNumber.isValid(auditNumber)).isTrue();
        assertThat(auditNumber).startsWith("261116");
        assertThat(b.getBody().get("auditNumber").asText()).isEqualTo(auditNumber);
        assertThat(afterRetry.getBody().get("auditNumber").asText()).isEqualTo(auditNumber);
        assertThat(afterRetry.getBody().get("replayed").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from domainevententry where aggregateidentifier = ?
                and payloadtype = 'com.gjjhall.remittance.order.command.OrderReviewed'""", Integer.class, orderId))
                .as("reviewed once").isEqualTo(1);

        ResponseEntity<JsonNode> reused = post("/api/remittance/orders/" + orderId + "/submission",
                Map.of("clientKey", clientKey), unit.maker(), unit.unitId());
        assertThat(reused.getStatusCode().value()).isEqualTo(409);
        assertThat(reused.getBody().get("code").asText()).isEqualTo("CLIENT_KEY_REUSED");
    }

    @Test
    void theHomePageShowsEachOperatorWhatWaitsForThemToMaintainOrReview() {
        Unit unit = openUnit(1);
        String orderId = enterMonthly(unit, NOVEMBER);

        assertThat(ids(home(unit.maker(), unit), "toMaintain")).contains(orderId);
        assertThat(ids(home(unit.checker(), unit), "toMaintain")).doesNotContain(orderId);

        submit(unit, orderId);

        assertThat(ids(home(unit.maker(), unit), "toMaintain")).doesNotContain(orderId);
        assertThat(ids(home(unit.maker(), unit), "toReview")).as("nobody reviews their own entry").doesNotContain(orderId);
        assertThat(ids(home(unit.checker(), unit), "toReview")).contains(orderId);
    }

    @Test
    void aMonthIsRemittedOnceAndAnEmployeeMonthIsNeverInTwoLiveOrders() {
        Unit unit = openUnit(2);
        enterMonthly(unit, NOVEMBER);

        ResponseEntity<JsonNode> again = post("/api/remittance/orders/monthly",
                Map.of("month", "2026-11", "clientKey", key()), unit.maker(), unit.unitId());
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody().get("title").asText()).isEqualTo("该月汇缴已办理");

        ResponseEntity<JsonNode> backPayment = post("/api/remittance/orders/back-payments", Map.of("clientKey", key(),
                "lines", List.of(Map.of("personalAccountNumber", unit.accounts().get(0), "month", "2026-10"),
                        Map.of("personalAccountNumber", unit.accounts().get(1), "month", "2026-11"))),
                unit.maker(), unit.unitId());
        assertThat(backPayment.getStatusCode().value()).isEqualTo(400);
        assertThat(backPayment.getBody().get("errors")).hasSize(1);
        assertThat(backPayment.getBody().get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(backPayment.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo("补缴年月须早于当前月份");
    }

    @Test
    void aBackPaymentForPastMonthsUsesTheBaseInForceThen() {
        Unit unit = openUnit(2);
        ResponseEntity<JsonNode> entered = post("/api/remittance/orders/back-payments", Map.of("clientKey", key(),
                "lines", List.of(Map.of("personalAccountNumber", unit.accounts().get(0), "month", "2026-09"),
                        Map.of("personalAccountNumber", unit.accounts().get(0), "month", "2026-10"))),
                unit.maker(), unit.unitId());

        assertThat(entered.getStatusCode().value()).as("%s", entered.getBody()).isEqualTo(201);
        JsonNode order = order(unit, entered.getBody().get("orderId").asText());
        assertThat(order.get("kindName").asText()).isEqualTo("补缴");
        assertThat(order.get("totalFen").asLong()).isEqualTo(2 * 204_000);

        ResponseEntity<JsonNode> twice = post("/api/remittance/orders/back-payments", Map.of("clientKey", key(),
                "lines", List.of(Map.of("personalAccountNumber", unit.accounts().get(0), "month", "2026-09"))),
                unit.maker(), unit.unitId());
        assertThat(twice.getStatusCode().value()).isEqualTo(400);
        assertThat(twice.getBody().get("errors").get(0).get("message").asText()).isEqualTo("职工该月公积金已缴存或正在办理");
    }

    @Test
    void onlyTheReviewingOperatorCancelsByAuditNumberAndTheMonthCanThenBeEnteredAgain() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "CASH_CHEQUE");

        ResponseEntity<JsonNode> byMaker = post("/api/remittance/cancellations",
                Map.of("auditNumber", auditNumber, "clientKey", key()), unit.maker(), unit.unitId());
        assertThat(byMaker.getStatusCode().value()).isEqualTo(403);
        assertThat(byMaker.getBody().get("title").asText()).isEqualTo("只有复核该笔业务的操作员可以办理");

        ResponseEntity<JsonNode> cancelled = post("/api/remittance/cancellations",
                Map.of("auditNumber", auditNumber, "clientKey", key()), unit.checker(), unit.unitId());
        assertThat(cancelled.getStatusCode().value()).as("%s", cancelled.getBody()).isEqualTo(200);
        assertThat(result(unit, auditNumber).get("stateName").asText()).isEqualTo("已撤销");
        kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.RemittanceCancelled.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber), PATIENCE);

        enterMonthly(unit, NOVEMBER);
    }

    @Test
    void aMistypedAuditNumberIsRefusedAsInput() {
        Unit unit = openUnit(1);
        String valid = AuditNumber.issue(LocalDate.of(2026, 11, 16), 42).value();
        String mistyped = valid.substring(0, 13) + (char) ('0' + (valid.charAt(13) - '0' + 1) % 10);
        ResponseEntity<JsonNode> refused = call(HttpMethod.GET, "/api/remittance/results/" + mistyped, null,
                unit.checker(), unit.unitId());
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("title").asText()).isEqualTo("审核单号不正确");
    }

    private JsonNode home(String operatorId, Unit unit) {
        return call(HttpMethod.GET, "/api/remittance/home", null, operatorId, unit.unitId()).getBody();
    }

    private static List<String> ids(JsonNode home, String list) {
        return home.get(list).findValuesAsText("orderId");
    }
}
