package com.gjjhall.remittance.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.bank.CounterPaymentMethod;
import com.gjjhall.contracts.bank.CounterReceiptReported;
import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.remittance.support.RemittanceIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Cash or cheque at the bank counter, and entrusted collection (委托收款) through collection-service. */
class CounterAndCollectionIT extends RemittanceIT {

    @Test
    void aCounterReceiptPaysACashOrChequeOrder() {
        Unit unit = openUnit(2);
        String auditNumber = reviewedMonthly(unit, "CASH_CHEQUE");

        kafka().publish(new CounterReceiptReported("C" + UUID.randomUUID(), "CCB", auditNumber, monthlyTotal(2),
                CounterPaymentMethod.CHEQUE, NOW));

        assertThat(awaitState(unit, auditNumber, "SUCCEEDED").get("settlementMethodName").asText()).isEqualTo("现金/支票");
        kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.RemittanceCredited.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber), PATIENCE);
    }

    @Test
    void entrustedCollectionDebitsAtReviewAndTheBanksAnswerSettlesTheOrder() {
        Unit unit = openUnit(2);
        String auditNumber = reviewedMonthly(unit, "ENTRUSTED_COLLECTION");

        JsonNode request = debitRequest(auditNumber, null);
        assertThat(request.get("amountFen").asLong()).isEqualTo(monthlyTotal(2));
        assertThat(request.get("unitId").asText()).isEqualTo(unit.unitId());
        succeed(unit, auditNumber, request.get("debitRequestId").asText());

        assertThat(awaitState(unit, auditNumber, "SUCCEEDED").get("paidBy").asText())
                .isEqualTo(request.get("debitRequestId").asText());
    }

    @Test
    void aBankSystemFaultLetsTheReviewerResubmitUnderTheSameAuditNumberAndItPaysOnce() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "ENTRUSTED_COLLECTION");
        String firstAttempt = debitRequest(auditNumber, null).get("debitRequestId").asText();
        String orderId = result(unit, auditNumber).get("orderId").asText();

        ResponseEntity<JsonNode> whilePending = resubmit(unit, orderId, key());
        assertThat(whilePending.getStatusCode().value()).isEqualTo(409);
        assertThat(whilePending.getBody().get("code").asText()).isEqualTo("DEBIT_PENDING");

        kafka().publish(new DebitFailed(firstAttempt, auditNumber, unit.unitId(), "BANK_SYSTEM_FAULT", "银行方系统故障",
                true, NOW));
        JsonNode failed = awaitState(unit, auditNumber, "FAILED");
        assertThat(failed.get("reason").asText()).isEqualTo("银行方系统故障");
        assertThat(failed.get("retryable").asBoolean()).isTrue();
        assertThat(home(unit, unit.checker()).get("toResubmit").findValuesAsText("orderId")).contains(orderId);

        ResponseEntity<JsonNode> byMaker = resubmit(unit, orderId, key(), unit.maker());
        assertThat(byMaker.getStatusCode().value()).isEqualTo(403);
        String clientKey = key();
        ResponseEntity<JsonNode> resubmitted = resubmit(unit, orderId, clientKey);
        ResponseEntity<JsonNode> doubleClick = resubmit(unit, orderId, clientKey);
        assertThat(resubmitted.getStatusCode().value()).as("%s", resubmitted.getBody()).isEqualTo(200);
        assertThat(doubleClick.getStatusCode().value()).isEqualTo(200);
        assertThat(doubleClick.getBody().get("replayed").asBoolean()).isTrue();
        assertThat(resubmitted.getBody().get("auditNumber").asText()).isEqualTo(auditNumber);
        String secondAttempt = debitRequest(auditNumber, firstAttempt).get("debitRequestId").asText();
        assertThat(jdbc.queryForObject("""
                select count(*) from domainevententry where aggregateidentifier = ?
                and payloadtype = 'com.gjjhall.remittance.order.command.DebitRequested'""", Integer.class, orderId))
                .as("the double click sent no third debit").isEqualTo(2);

        succeed(unit, auditNumber, secondAttempt);
        awaitState(unit, auditNumber, "SUCCEEDED");

        ResponseEntity<JsonNode> afterSuccess = resubmit(unit, orderId, key());
        assertThat(afterSuccess.getStatusCode().value()).isEqualTo(409);
        assertThat(afterSuccess.getBody().get("title").asText()).isEqualTo("该笔业务不能重新提交委托收款");
    }

    @Test
    void anInsufficientBalanceFailsTheOrderAndTheReviewerReviewsItAgainUnderANewAuditNumber() {
        Unit unit = openUnit(1);

        String auditNumber = debitFailedFinally(unit, "INSUFFICIENT_BALANCE", "账户余额不足");

        JsonNode failed = awaitState(unit, auditNumber, "FAILED");
        String orderId = failed.get("orderId").asText();
        assertThat(failed.get("stateName").asText()).isEqualTo("失败");
        assertThat(failed.get("reason").asText()).isEqualTo("账户余额不足");
        assertThat(failed.get("retryable").asBoolean()).isFalse();
        kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.RemittanceFailed.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber), PATIENCE);
        assertThat(resubmit(unit, orderId, key()).getStatusCode().value()).as("only a bank fault is resubmitted").isEqualTo(409);
        ResponseEntity<JsonNode> secondOrder = post("/api/remittance/orders/monthly",
                Map.of("month", NOVEMBER.toString(), "clientKey", key()), unit.maker(), unit.unitId());
        assertThat(secondOrder.getBody().get("code").asText()).as("the failed order keeps its month")
                .isEqualTo("MONTH_ALREADY_ENTERED");
        assertThat(home(unit, unit.checker()).get("toReview").findValuesAsText("orderId")).contains(orderId);
        assertThat(home(unit, unit.maker()).get("toReview").findValuesAsText("orderId")).doesNotContain(orderId);
        ResponseEntity<JsonNode> byMaker = post("/api/remittance/orders/" + orderId + "/review",
                Map.of("clientKey", key(), "settlementMethod", "BANK_TRANSFER"), unit.maker(), unit.unitId());
        assertThat(byMaker.getBody().get("code").asText()).isEqualTo("REVIEWER_IS_MAKER");

        String clientKey = key();
        ResponseEntity<JsonNode> reReviewed = review(unit, orderId, "BANK_TRANSFER", clientKey);
        ResponseEntity<JsonNode> doubleClick = review(unit, orderId, "BANK_TRANSFER", clientKey);
        assertThat(reReviewed.getStatusCode().value()).as("%s", reReviewed.getBody()).isEqualTo(200);
        String newAuditNumber = reReviewed.getBody().get("auditNumber").asText();
        assertThat(newAuditNumber).isNotEqualTo(auditNumber);
        assertThat(doubleClick.getBody().get("replayed").asBoolean()).isTrue();
        assertThat(doubleClick.getBody().get("auditNumber").asText()).isEqualTo(newAuditNumber);
        kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.RemittanceReviewed.v1")
                && r.body().get("auditNumber").asText().equals(newAuditNumber)
                && r.body().get("previousAuditNumber").asText().equals(auditNumber), PATIENCE);
        JsonNode byOldNumber = result(unit, auditNumber);
        assertThat(byOldNumber.get("state").asText()).isEqualTo("PROCESSING");
        assertThat(byOldNumber.get("auditNumber").asText()).as("the old number leads to the order").isEqualTo(newAuditNumber);
        assertThat(byOldNumber.hasNonNull("reason")).as("the failure is history").isFalse();

        String toOldNumber = pay(auditNumber, monthlyTotal(1));
        assertThat(awaitRefund(toOldNumber).get("reason").asText()).isEqualTo("审核单号已作废：该笔业务已重新复核");
        ResponseEntity<JsonNode> cancelOld = post("/api/remittance/cancellations",
                Map.of("auditNumber", auditNumber, "clientKey", key()), unit.checker(), unit.unitId());
        assertThat(cancelOld.getBody().get("code").asText()).isEqualTo("AUDIT_NUMBER_REPLACED");

        pay(newAuditNumber, monthlyTotal(1));
        assertThat(awaitState(unit, newAuditNumber, "SUCCEEDED").get("paidBy").asText()).isNotEqualTo(toOldNumber);
    }

    @Test
    void aFailedOrderCancelledByItsReviewerFreesItsMonth() {
        Unit unit = openUnit(1);
        String auditNumber = debitFailedFinally(unit, "ACCOUNT_ABNORMAL", "账户状态不正常");
        awaitState(unit, auditNumber, "FAILED");

        ResponseEntity<JsonNode> cancelled = post("/api/remittance/cancellations",
                Map.of("auditNumber", auditNumber, "clientKey", key()), unit.checker(), unit.unitId());

        assertThat(cancelled.getStatusCode().value()).as("%s", cancelled.getBody()).isEqualTo(200);
        assertThat(result(unit, auditNumber).get("state").asText()).isEqualTo("CANCELLED");
        enterMonthly(unit, NOVEMBER);
    }

    /** A monthly order reviewed for entrusted collection whose debit the bank refused (not retryable): its audit number. */
    private String debitFailedFinally(Unit unit, String reasonCode, String reason) {
        String auditNumber = reviewedMonthly(unit, "ENTRUSTED_COLLECTION");
        String attempt = debitRequest(auditNumber, null).get("debitRequestId").asText();
        kafka().publish(new DebitFailed(attempt, auditNumber, unit.unitId(), reasonCode, reason, false, NOW));
        return auditNumber;
    }

    private JsonNode home(Unit unit, String operator) {
        return call(HttpMethod.GET, "/api/remittance/home", null, operator, unit.unitId()).getBody();
    }

    private JsonNode debitRequest(String auditNumber, String notThisOne) {
        return kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.CollectionDebitRequested.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber)
                && !r.body().get("debitRequestId").asText().equals(notThisOne), PATIENCE).get(0).body();
    }

    private void succeed(Unit unit, String auditNumber, String debitRequestId) {
        kafka().publish(new DebitSucceeded(debitRequestId, auditNumber, unit.unitId(),
                result(unit, auditNumber).get("totalFen").asLong(), "ICBC", "6222000033334444", NOW));
    }

    private ResponseEntity<JsonNode> resubmit(Unit unit, String orderId, String clientKey) {
        return resubmit(unit, orderId, clientKey, unit.checker());
    }

    private ResponseEntity<JsonNode> resubmit(Unit unit, String orderId, String clientKey, String operator) {
        return post("/api/remittance/orders/" + orderId + "/collection-resubmission", Map.of("clientKey", clientKey),
                operator, unit.unitId());
    }
}
