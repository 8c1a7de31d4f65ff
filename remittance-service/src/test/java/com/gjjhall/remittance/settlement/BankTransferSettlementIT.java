package com.gjjhall.remittance.settlement;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.remittance.support.KafkaProbe;
import com.gjjhall.remittance.support.RemittanceIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Online bank transfers (网银转账): the memo and the amount must be exactly right, or the money goes back. */
class BankTransferSettlementIT extends RemittanceIT {

    @Test
    void aTransferWhoseFullWidthMemoMatchesCreditsEveryEmployeeInParts() {
        Unit unit = openUnit(3);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");

        pay(fullWidth(" " + auditNumber.substring(0, 7) + "　" + auditNumber.substring(7) + " "), monthlyTotal(3));

        JsonNode order = awaitState(unit, auditNumber, "SUCCEEDED");
        assertThat(order.get("stateName").asText()).isEqualTo("成功");
        List<KafkaProbe.Received> credited = kafka().await(Topics.REMITTANCE, 2, r -> credits(r, auditNumber), PATIENCE);
        assertThat(credited).hasSize(2);
        assertThat(credited).allSatisfy(part -> {
            assertThat(part.body().get("parts").asInt()).isEqualTo(2);
            assertThat(part.body().get("totalFen").asLong()).isEqualTo(monthlyTotal(3));
            assertThat(part.body().get("kind").asText()).isEqualTo("MONTHLY");
        });
        List<JsonNode> lines = credited.stream().flatMap(p -> iterable(p.body().get("lines")).stream()).toList();
        assertThat(lines).extracting(l -> l.get("personalAccountNumber").asText())
                .containsExactlyInAnyOrderElementsOf(unit.accounts());
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.get("month").asText()).isEqualTo("2026-11");
            assertThat(l.get("unitAmountFen").asLong()).isEqualTo(102_000);
            assertThat(l.get("personalAmountFen").asLong()).isEqualTo(102_000);
        });
    }

    @Test
    void aReviewedTransferOrderSaysWhereToPayAndThatTheMemoIsTheAuditNumberAloneUntilItIsPaid() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        String orderId = result(unit, auditNumber).get("orderId").asText();

        JsonNode transfer = order(unit, orderId).get("bankTransfer");

        assertThat(transfer.get("payeeAccountName").asText()).isEqualTo("武汉住房公积金管理中心");
        assertThat(transfer.get("payeeAccountNumber").asText()).isEqualTo("3202009999000001");
        assertThat(transfer.get("payeeBankName").asText()).isEqualTo("中国工商银行");
        assertThat(transfer.get("memo").asText()).isEqualTo(auditNumber);
        assertThat(result(unit, auditNumber).get("bankTransfer").get("memo").asText()).isEqualTo(auditNumber);

        pay(auditNumber, monthlyTotal(1));
        awaitState(unit, auditNumber, "SUCCEEDED");
        assertThat(order(unit, orderId).has("bankTransfer")).isFalse();
    }

    @Test
    void anOrderPaidAtTheCounterHasNoTransferToMake() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "CASH_CHEQUE");

        assertThat(result(unit, auditNumber).has("bankTransfer")).isFalse();
    }

    @Test
    void aTransferWithExtraTextInTheMemoIsRefundedWithTheReason() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");

        String transferId = pay("汇缴" + auditNumber, monthlyTotal(1));

        JsonNode refund = awaitRefund(transferId);
        assertThat(refund.get("reason").asText()).isEqualTo("附言须为14位审核单号，不能含其他字符");
        assertThat(refund.get("amountFen").asLong()).isEqualTo(monthlyTotal(1));
        assertThat(refund.get("payeeAccountNumber").asText()).isEqualTo("6222000011112222");
        assertThat(refund.get("bankCode").asText()).isEqualTo("ICBC");
        assertThat(result(unit, auditNumber).get("state").asText()).isEqualTo("PROCESSING");
    }

    @Test
    void aTransferOfTheWrongAmountIsRefunded() {
        Unit unit = openUnit(2);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");

        String transferId = pay(auditNumber, monthlyTotal(2) - 1);

        assertThat(awaitRefund(transferId).get("reason").asText()).isEqualTo("缴款金额与审核单金额不一致");
        JsonNode order = result(unit, auditNumber);
        assertThat(order.get("state").asText()).isEqualTo("PROCESSING");
        JsonNode payments = call(HttpMethod.GET, "/api/remittance/orders/" + order.get("orderId").asText() + "/payments",
                null, unit.checker(), unit.unitId()).getBody();
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("outcome").asText()).isEqualTo("REFUNDED");
        assertThat(payments.get(0).get("reason").asText()).isEqualTo("缴款金额与审核单金额不一致");
    }

    @Test
    void aMistypedAuditNumberFailsItsCheckDigitAndIsRefunded() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        String swapped = auditNumber.substring(0, 11) + auditNumber.charAt(12) + auditNumber.charAt(11)
                + auditNumber.charAt(13);
        String typo = swapped.equals(auditNumber)
                ? auditNumber.substring(0, 12) + (char) ('0' + (auditNumber.charAt(12) - '0' + 1) % 10) + auditNumber.charAt(13)
                : swapped;

        String transferId = pay(typo, monthlyTotal(1));

        assertThat(awaitRefund(transferId).get("reason").asText()).isEqualTo("审核单号校验位错误");
    }

    @Test
    void aDuplicatedBankEventIsAppliedOnce() {
        Unit unit = openUnit(2);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        String transferId = "T" + UUID.randomUUID();
        TransferReceived transfer = new TransferReceived(transferId, "ICBC", "6222000011112222", unit.unitId(),
                monthlyTotal(2), auditNumber, NOW);

        String eventId = kafka().publish(transfer);
        kafka().publish(transfer, eventId);
        String resentId = kafka().publish(transfer);

        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id in (?, ?)", Integer.class, eventId, resentId) == 2);
        awaitState(unit, auditNumber, "SUCCEEDED");
        assertThat(jdbc.queryForObject("select count(*) from incoming_payment where payment_id = ?", Integer.class,
                transferId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from refund where payment_id = ?", Integer.class, transferId))
                .as("the re-sent notice is neither credited again nor refunded").isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from domainevententry where aggregateidentifier = ?
                and payloadtype = 'com.gjjhall.remittance.order.command.OrderCredited'""", Integer.class,
                result(unit, auditNumber).get("orderId").asText())).isEqualTo(1);
    }

    @Test
    void aSecondPaymentForAnOrderAlreadyPaidIsRefunded() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        pay(auditNumber, monthlyTotal(1));
        awaitState(unit, auditNumber, "SUCCEEDED");

        String second = pay(auditNumber, monthlyTotal(1));

        assertThat(awaitRefund(second).get("reason").asText()).isEqualTo("该审核单号已入账，重复缴款");
    }

    @Test
    void aCancelledOrderIsRefundedWhenALatePaymentArrives() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "BANK_TRANSFER");
        ResponseEntity<JsonNode> cancelled = post("/api/remittance/cancellations",
                Map.of("auditNumber", auditNumber, "clientKey", key()), unit.checker(), unit.unitId());
        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);

        String late = pay(auditNumber, monthlyTotal(1));

        assertThat(awaitRefund(late).get("reason").asText()).isEqualTo("审核单号已撤销");
        assertThat(result(unit, auditNumber).get("state").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void aTransferForAnOrderToBePaidAtTheCounterIsRefunded() {
        Unit unit = openUnit(1);
        String auditNumber = reviewedMonthly(unit, "CASH_CHEQUE");

        String transferId = pay(auditNumber, monthlyTotal(1));

        assertThat(awaitRefund(transferId).get("reason").asText()).isEqualTo("该审核单号的结算方式不是网银转账");
    }

    private static boolean credits(KafkaProbe.Received r, String auditNumber) {
        return r.type().equals("remittance.RemittanceCredited.v1") && r.body().get("auditNumber").asText().equals(auditNumber);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** Digits as a Chinese input method in full-width mode types them. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}
