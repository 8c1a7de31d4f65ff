package com.gjjhall.endtoend.remittance;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.endtoend.Http.Answer;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.RealInfrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.gjjhall.endtoend.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo unit 示范单位 remits through the gateway with every settlement method, each paid by the bank
 * simulator as a bank would; an audit number left unpaid lapses at month end even though remittance-service
 * was down over midnight, and a payment for it goes back to the payer.
 */
@WithRealInfrastructure(database = "e2e_probe")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemittanceThroughGatewayIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String PAYER_ACCOUNT = "3202000000000001";

    private static RemittancePlatform platform;
    private static String maker;
    private static String checker;
    private static String bankStaff;

    @BeforeAll
    static void startTheHall() {
        Infrastructure infrastructure = RealInfrastructure.get();
        platform = RemittancePlatform.start(infrastructure);
        maker = platform.operatorToken("demo-maker");
        checker = platform.operatorToken("demo-checker");
        bankStaff = platform.staffToken("demo-ops");
    }

    @AfterAll
    static void stopTheHall() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aMonthlyRemittancePaidByOnlineTransferWithAFullWidthMemoIsCredited() {
        String orderId = await().atMost(PATIENCE).until(() -> enterMonthly(YearMonth.now(SHANGHAI)), id -> id != null);
        Answer lines = gateway("GET", "/api/remittance/orders/" + orderId + "/lines", maker, null);
        assertThat(lines.body()).as("the demo unit's three employees").hasSize(3);
        submit(orderId);

        Answer byMaker = gateway("POST", "/api/remittance/orders/" + orderId + "/review", maker,
                Map.of("clientKey", key(), "settlementMethod", "BANK_TRANSFER"));
        assertThat(byMaker.status()).isEqualTo(403);
        assertThat(byMaker.body().path("title").asText()).isEqualTo("复核人员不能复核本人录入的业务");

        JsonNode reviewed = review(orderId, "BANK_TRANSFER");
        String auditNumber = reviewed.path("auditNumber").asText();
        long total = order(orderId).path("totalFen").asLong();
        Answer transfer = send("POST", platform.bankUrl() + "/api/bank/transfers", bankStaff, Map.of("bankCode", "ICBC",
                "payerAccountNumber", PAYER_ACCOUNT, "payerAccountName", "示范单位", "amountFen", total,
                "memo", fullWidth(auditNumber), "deliveries", 2));
        assertThat(transfer.status()).as("%s", transfer).isEqualTo(201);

        assertThat(awaitState(orderId, "SUCCEEDED").path("stateName").asText()).isEqualTo("成功");
        JsonNode payments = gateway("GET", "/api/remittance/orders/" + orderId + "/payments", checker, null).body();
        assertThat(payments).as("the bank told us twice; credited once").hasSize(1);
        assertThat(payments.path(0).path("outcome").asText()).isEqualTo("CREDITED");
    }

    @Test
    @Order(2)
    void aBackPaymentPaidInCashAtTheCounterIsCredited() {
        String orderId = enterBackPayment(YearMonth.now(SHANGHAI).minusMonths(1));
        submit(orderId);
        String auditNumber = review(orderId, "CASH_CHEQUE").path("auditNumber").asText();
        long total = order(orderId).path("totalFen").asLong();

        Answer receipt = send("POST", platform.bankUrl() + "/api/bank/counter-receipts", bankStaff, Map.of(
                "bankCode", "CCB", "auditNumber", auditNumber, "amountFen", total, "method", "CASH"));
        assertThat(receipt.status()).as("%s", receipt).isEqualTo(201);

        awaitState(orderId, "SUCCEEDED");
    }

    @Test
    @Order(3)
    void aBackPaymentByEntrustedCollectionIsDebitedFromThePayerAccountAndCredited() {
        await().atMost(PATIENCE).until(() -> gateway("GET", "/api/collection/agreement", maker, null).body(),
                agreement -> "EFFECTIVE".equals(agreement.path("state").asText()));
        String orderId = enterBackPayment(YearMonth.now(SHANGHAI).minusMonths(2));
        submit(orderId);

        review(orderId, "ENTRUSTED_COLLECTION");

        JsonNode settled = await().atMost(PATIENCE).until(() -> order(orderId),
                o -> !List.of("", "PROCESSING").contains(o.path("state").asText()));
        assertThat(settled.path("state").asText()).as("%s", settled).isEqualTo("SUCCEEDED");
    }

    @Test
    @Order(4)
    void anAuditNumberLeftUnpaidLapsesAtMonthEndEvenAcrossARestartAndALatePaymentIsRefunded() {
        String orderId = enterBackPayment(YearMonth.now(SHANGHAI).minusMonths(3));
        submit(orderId);
        String auditNumber = review(orderId, "BANK_TRANSFER").path("auditNumber").asText();
        long total = order(orderId).path("totalFen").asLong();

        Instant nextMonth = YearMonth.now(SHANGHAI).plusMonths(1).atDay(1).atStartOfDay(SHANGHAI).toInstant();
        platform.restartRemittance(Duration.between(Instant.now(), nextMonth).plusMinutes(5));

        JsonNode expired = awaitState(orderId, "EXPIRED");
        assertThat(expired.path("stateName").asText()).isEqualTo("已失效");
        Answer late = send("POST", platform.bankUrl() + "/api/bank/transfers", bankStaff, Map.of("bankCode", "ICBC",
                "payerAccountNumber", PAYER_ACCOUNT, "payerAccountName", "示范单位", "amountFen", total,
                "memo", auditNumber));
        assertThat(late.status()).isEqualTo(201);
        JsonNode refunded = await().atMost(PATIENCE).until(
                () -> gateway("GET", "/api/remittance/orders/" + orderId + "/payments", checker, null).body(),
                payments -> payments.size() == 1);
        assertThat(refunded.path(0).path("outcome").asText()).isEqualTo("REFUNDED");
        assertThat(refunded.path(0).path("reason").asText()).isEqualTo("审核单号已失效");
        assertThat(order(orderId).path("state").asText()).isEqualTo("EXPIRED");
    }

    private static String enterMonthly(YearMonth month) {
        Answer entered = gateway("POST", "/api/remittance/orders/monthly", maker,
                Map.of("month", month.toString(), "clientKey", key()));
        return entered.status() == 201 ? entered.body().path("orderId").asText() : null;
    }

    private static String enterBackPayment(YearMonth month) {
        Answer monthly = gateway("GET", "/api/remittance/orders?state=SUCCEEDED", maker, null);
        String anyOrder = monthly.body().path(monthly.body().size() - 1).path("orderId").asText();
        String account = gateway("GET", "/api/remittance/orders/" + anyOrder + "/lines", maker, null).body().path(0)
                .path("personalAccountNumber").asText();
        Answer entered = gateway("POST", "/api/remittance/orders/back-payments", maker, Map.of("clientKey", key(),
                "lines", List.of(Map.of("personalAccountNumber", account, "month", month.toString()))));
        assertThat(entered.status()).as("%s", entered).isEqualTo(201);
        return entered.body().path("orderId").asText();
    }

    private static void submit(String orderId) {
        Answer submitted = gateway("POST", "/api/remittance/orders/" + orderId + "/submission", maker,
                Map.of("clientKey", key()));
        assertThat(submitted.status()).as("%s", submitted).isEqualTo(200);
    }

    private static JsonNode review(String orderId, String method) {
        String clientKey = key();
        Answer reviewed = gateway("POST", "/api/remittance/orders/" + orderId + "/review", checker,
                Map.of("clientKey", clientKey, "settlementMethod", method));
        assertThat(reviewed.status()).as("%s", reviewed).isEqualTo(200);
        Answer again = gateway("POST", "/api/remittance/orders/" + orderId + "/review", checker,
                Map.of("clientKey", clientKey, "settlementMethod", method));
        assertThat(again.body().path("auditNumber").asText()).as("the same review twice")
                .isEqualTo(reviewed.body().path("auditNumber").asText());
        return reviewed.body();
    }

    private static JsonNode order(String orderId) {
        return gateway("GET", "/api/remittance/orders/" + orderId, maker, null).body();
    }

    private static JsonNode awaitState(String orderId, String state) {
        return await().atMost(PATIENCE).until(() -> order(orderId), o -> state.equals(o.path("state").asText()));
    }

    private static Answer gateway(String method, String path, String token, Object body) {
        return send(method, platform.gatewayUrl() + path, token, body);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static String fullWidth(String digits) {
        StringBuilder out = new StringBuilder("　");
        for (char c : digits.toCharArray()) {
            out.append((char) (c + 0xFEE0));
        }
        return out.toString();
    }
}
