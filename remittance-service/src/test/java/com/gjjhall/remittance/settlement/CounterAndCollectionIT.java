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
        assertThat(call(HttpMethod.GET, "/api/remittance/home", null, unit.checker(), unit.unitId()).getBody()
                .get("toResubmit").findValuesAsText("orderId")).contains(orderId);

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
    void anInsufficientBalanceFailsTheOrderForGoodAndFreesTheMonth() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "ENTRUSTED_COLLECTION");
        String attempt = debitRequest(auditNumber, null).get("debitRequestId").asText();

        kafka().publish(new DebitFailed(attempt, auditNumber, unit.unitId(), "INSUFFICIENT_BALANCE", "账户余额不足",
                false, NOW));

        JsonNode failed = awaitState(unit, auditNumber, "FAILED");
        assertThat(failed.get("stateName").asText()).isEqualTo("失败");
        assertThat(failed.get("reason").asText()).isEqualTo("账户余额不足");
        assertThat(failed.get("retryable").asBoolean()).isFalse();
        kafka().await(Topics.REMITTANCE, 1, r -> r.type().equals("remittance.RemittanceFailed.v1")
                && r.body().get("auditNumber").asText().equals(auditNumber), PATIENCE);
        assertThat(resubmit(unit, failed.get("orderId").asText(), key()).getStatusCode().value()).isEqualTo(409);
        enterMonthly(unit, NOVEMBER);
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
