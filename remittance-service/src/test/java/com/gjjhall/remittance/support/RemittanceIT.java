package com.gjjhall.remittance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.account.EmployeeAccountOpened;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.account.UnitAccountOpened;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.testkit.SettableClock;
import com.gjjhall.testkit.TestTokens;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What every remittance IT shares: one Spring context on the real PostgreSQL and Kafka, a clock each test
 * sets, the other services and the banks played over Kafka, and the hall's HTTP API with real tokens.
 */
@WithRealInfrastructure(database = "remittance")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gjj.remittance.expiry-sweep-interval=PT0.3S",
        "gjj.remittance.credit-part-lines=2"})
@Import(TestClockConfiguration.class)
public abstract class RemittanceIT {

    /** 10:00 on 16 November 2026 in Shanghai. */
    protected static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    protected static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final long BASE_FEN = 850_000;

    private static KafkaProbe kafka;

    @Autowired
    protected TestRestTemplate http;

    @Autowired
    protected SettableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    /** A unit with its two operators and its employees' personal account numbers. */
    public record Unit(String unitId, String maker, String checker, List<String> accounts) {
    }

    @BeforeEach
    void startOfTest() {
        clock.set(NOW);
    }

    protected KafkaProbe kafka() {
        synchronized (RemittanceIT.class) {
            if (kafka == null) {
                kafka = new KafkaProbe(bootstrapServers);
            }
            return kafka;
        }
    }

    /** account-service opens a unit (rates 12 % and 12 %) and employees contributing from January 2026. */
    protected Unit openUnit(int employees) {
        String unitId = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        kafka().publish(new UnitAccountOpened(unitId, "DW" + unitId.substring(1, 9), "武汉测试单位" + unitId.substring(1, 5),
                12, 12, NOW));
        List<String> accounts = new ArrayList<>();
        for (int i = 1; i <= employees; i++) {
            String account = "P" + unitId.substring(1, 9) + String.format("%03d", i);
            accounts.add(account);
            kafka().publish(new EmployeeAccountOpened(account, unitId, "42010119900101" + String.format("%04d", i),
                    "职工" + i, BASE_FEN, YearMonth.of(2026, 1), NOW));
        }
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject(
                "select count(*) from employee where unit_id = ?", Integer.class, unitId) == employees
                && jdbc.queryForObject("select count(*) from unit_account where unit_id = ?", Integer.class, unitId) == 1);
        return new Unit(unitId, "OP-MAKER-" + unitId, "OP-CHECKER-" + unitId, accounts);
    }

    protected ResponseEntity<JsonNode> call(HttpMethod method, String path, Object body, String operatorId,
                                            String unitId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestTokens.get().issue(operatorId, unitId, "OPERATOR"));
        return http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
    }

    protected ResponseEntity<JsonNode> post(String path, Object body, String operatorId, String unitId) {
        return call(HttpMethod.POST, path, body, operatorId, unitId);
    }

    protected String enterMonthly(Unit unit, YearMonth month) {
        ResponseEntity<JsonNode> entered = post("/api/remittance/orders/monthly",
                Map.of("month", month.toString(), "clientKey", key()), unit.maker(), unit.unitId());
        assertThat(entered.getStatusCode().value()).as("%s", entered.getBody()).isEqualTo(201);
        return entered.getBody().get("orderId").asText();
    }

    protected void submit(Unit unit, String orderId) {
        ResponseEntity<JsonNode> submitted = post("/api/remittance/orders/" + orderId + "/submission",
                Map.of("clientKey", key()), unit.maker(), unit.unitId());
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
    }

    protected ResponseEntity<JsonNode> review(Unit unit, String orderId, String method, String clientKey) {
        return post("/api/remittance/orders/" + orderId + "/review",
                Map.of("clientKey", clientKey, "settlementMethod", method), unit.checker(), unit.unitId());
    }

    /** Entered, submitted and reviewed: the order's audit number. */
    protected String reviewedMonthly(Unit unit, String method) {
        String orderId = enterMonthly(unit, NOVEMBER);
        submit(unit, orderId);
        ResponseEntity<JsonNode> reviewed = review(unit, orderId, method, key());
        assertThat(reviewed.getStatusCode().value()).as("%s", reviewed.getBody()).isEqualTo(200);
        return reviewed.getBody().get("auditNumber").asText();
    }

    protected JsonNode order(Unit unit, String orderId) {
        ResponseEntity<JsonNode> order = call(HttpMethod.GET, "/api/remittance/orders/" + orderId, null,
                unit.maker(), unit.unitId());
        assertThat(order.getStatusCode().value()).isEqualTo(200);
        return order.getBody();
    }

    protected JsonNode result(Unit unit, String auditNumber) {
        ResponseEntity<JsonNode> order = call(HttpMethod.GET, "/api/remittance/results/" + auditNumber, null,
                unit.checker(), unit.unitId());
        assertThat(order.getStatusCode().value()).isEqualTo(200);
        return order.getBody();
    }

    protected JsonNode awaitState(Unit unit, String auditNumber, String state) {
        await().atMost(PATIENCE).until(() -> state.equals(result(unit, auditNumber).get("state").asText()));
        return result(unit, auditNumber);
    }

    /** The unit's online bank transfer (网银转账) to the fund's account, with {@code memo}: its transfer id. */
    protected String pay(String memo, long amountFen) {
        String transferId = "T" + UUID.randomUUID();
        kafka().publish(new TransferReceived(transferId, "ICBC", "6222000011112222", "武汉测试单位", amountFen, memo, NOW));
        return transferId;
    }

    /** The refund (原路退款) instructed for a payment. */
    protected JsonNode awaitRefund(String paymentId) {
        return kafka().await(Topics.BANK_INSTRUCTION, 1, r -> r.type().equals("bank.instruction.RefundInstructed.v1")
                && r.body().get("transferId").asText().equals(paymentId), PATIENCE).get(0).body();
    }

    /** The month's total of {@code employees} at the test base with 12 % + 12 %. */
    protected static long monthlyTotal(int employees) {
        return employees * (BASE_FEN * 12 / 100 * 2);
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
