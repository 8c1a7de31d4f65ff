package com.gjjhall.endtoend.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.endtoend.Http;
import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Entrusted collection across two real processes: collection-service and the bank simulator, talking over
 * Kafka as a real bank adapter would, with the test playing identity, remittance review, the clerk and bank
 * staff. The simulator runs as its own jar rather than in this JVM: it is a Spring Boot application with its
 * own database and faults, and the point is that the two sides share nothing but the broker.
 */
@WithRealInfrastructure(database = "e2e_probe")
class EntrustedCollectionEndToEndIT {

    private static final AtomicLong NUMBERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 10_000);
    private static final long AMOUNT = 408_000;
    private static ServiceProcess bankSimulator;
    private static ServiceProcess collectionService;
    private static CollectionPlatform platform;

    @BeforeAll
    static void startBothSides(Infrastructure infrastructure) {
        bankSimulator = ServiceJars.service("infra/bank-simulator").database("bank_e2e").start(infrastructure);
        collectionService = ServiceJars.service("collection-service").database("collection_e2e").env(Map.of(
                "GJJ_COLLECTION_BANK_ANSWER_TIMEOUT", "3s",
                "GJJ_COLLECTION_MAX_CHECK_INTERVAL", "6s",
                "GJJ_COLLECTION_BANK_WATCH_INTERVAL", "200ms")).start(infrastructure);
        ServiceProcess.awaitHealthy(List.of(bankSimulator, collectionService), Duration.ofSeconds(180), p -> { });
        platform = new CollectionPlatform(infrastructure, collectionService, bankSimulator);
    }

    @AfterAll
    static void stopBothSides() {
        if (platform != null) {
            platform.close();
        }
        ServiceProcess.stopAll(List.of(collectionService, bankSimulator), ServiceProcess.STOP_GRACE, line -> { });
    }

    @AfterEach
    void banksBehaveAgain() {
        platform.faults(0, 0, 0, 0);
    }

    @Test
    void withLostAndDuplicatedBankAnswersAThousandDebitsEndWithEachUnitDebitedExactlyOnce() throws Exception {
        List<Unit> units = unitsWithAgreements(1_000, "ICBC", 1_000_000);
        long succeededBefore = platform.bankOutcomeCounts().getOrDefault("DEBIT SUCCEEDED", 0L);
        platform.faults(0, 0, 0.25, 0.25);

        List<String> requests = new ArrayList<>();
        for (Unit unit : units) {
            requests.add(requestDebit(unit.auditNumber, unit.unitId));
        }
        for (Unit unit : units.subList(0, 300)) {
            requests.add(requestDebit(unit.auditNumber, unit.unitId));
        }
        platform.flush();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> requests.stream().allMatch(r -> !platform.outcomesOf(r).isEmpty()));
        assertThat(requests).allSatisfy(r -> {
            assertThat(platform.outcomesOf(r)).as("answers to request %s", r).hasSize(1);
            assertThat(platform.outcomesOf(r).get(0).type()).isEqualTo("SUCCEEDED");
        });
        Map<String, Long> balances = platform.balances();
        assertThat(units).allSatisfy(unit ->
                assertThat(balances.get(unit.accountNumber)).as("balance of %s", unit.unitId).isEqualTo(1_000_000 - AMOUNT));
        assertThat(platform.bankOutcomeCounts().get("DEBIT SUCCEEDED") - succeededBefore).isEqualTo(1_000);
        assertThat(platform.debitStatus(units.get(0).auditNumber, units.get(0).unitId).orElseThrow()
                .get("stateText").asText()).isEqualTo("成功");
    }

    @Test
    void aNameThatDiffersFromTheBanksOnlyInBracketWidthIsRefused() {
        String unitId = "U-E2E-" + NUMBERS.incrementAndGet();
        String number = "62" + NUMBERS.incrementAndGet();
        platform.enrol(unitId, "示范科技（武汉）有限公司");
        platform.flush();
        platform.openBankAccount("CMB", number, "示范科技（武汉）有限公司", 0);
        awaitKnown(unitId);

        Http.Answer refused = platform.registerAtCounter(unitId, "CMB", number, "示范科技(武汉)有限公司");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("title").asText()).isEqualTo("扣款户名不一致");
        assertThat(platform.agreement(unitId).get("state").asText()).isEqualTo("NONE");

        assertThat(platform.registerAtCounter(unitId, "CMB", number, "示范科技（武汉）有限公司").status()).isEqualTo(201);
        assertThat(platform.agreement(unitId).get("state").asText()).isEqualTo("EFFECTIVE");
    }

    @Test
    void aSigningBankFailsUntilTheBankReportsTheSigningThenTheResubmissionSucceeds() {
        Unit unit = unitsWithAgreements(1, "CCB", 1_000_000).get(0);
        String first = requestDebit(unit.auditNumber, unit.unitId);
        platform.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> !platform.outcomesOf(first).isEmpty());
        assertThat(platform.outcomesOf(first).get(0).reason()).isEqualTo("结算失败[收方账号和付方账号未进行收款签约]");
        assertThat(platform.debitStatus(unit.auditNumber, unit.unitId).orElseThrow().get("reason").asText())
                .isEqualTo("结算失败[收方账号和付方账号未进行收款签约]");

        platform.sign("CCB", unit.accountNumber);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !platform.agreement(unit.unitId).get("accounts").get(0).get("signedAt").isNull());
        String again = requestDebit(unit.auditNumber, unit.unitId);
        platform.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> !platform.outcomesOf(again).isEmpty());
        assertThat(platform.outcomesOf(again).get(0).type()).isEqualTo("SUCCEEDED");
        assertThat(platform.balance("CCB", unit.accountNumber)).isEqualTo(1_000_000 - AMOUNT);
    }

    @Test
    void eachAnswerOfTheBankReachesTheOperatorWithItsMessage() {
        List<Unit> units = unitsWithAgreements(3, "ABC", 100_000);
        Unit poor = units.get(0);
        Unit frozen = units.get(1);
        Unit faulty = units.get(2);
        platform.changeBankAccount("ABC", frozen.accountNumber, Map.of("status", "FROZEN")).expect(200);

        assertThat(reasonFor(poor)).isEqualTo("账户余额不足");
        assertThat(reasonFor(frozen)).isEqualTo("账户状态不正常");
        platform.faults(1, 0, 0, 0);
        assertThat(reasonFor(faulty)).isEqualTo("银行方系统故障");
        JsonNode status = platform.debitStatus(faulty.auditNumber, faulty.unitId).orElseThrow();
        assertThat(status.get("stateText").asText()).isEqualTo("失败");
        assertThat(status.get("retryable").asBoolean()).isTrue();
        assertThat(platform.balance("ABC", poor.accountNumber)).isEqualTo(100_000);
    }

    private String reasonFor(Unit unit) {
        String request = requestDebit(unit.auditNumber, unit.unitId);
        platform.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> !platform.outcomesOf(request).isEmpty());
        String published = platform.outcomesOf(request).get(0).reason();
        assertThat(platform.debitStatus(unit.auditNumber, unit.unitId).orElseThrow().get("reason").asText()).isEqualTo(published);
        return published;
    }

    /** A debited unit, its payer account and the audit number it pays. */
    record Unit(String unitId, String accountNumber, String auditNumber) {
    }

    static List<Unit> unitsWithAgreements(int count, String bankCode, long balanceFen) {
        long first = NUMBERS.getAndAdd(count) + 1;
        return platform.unitsWithAgreements(first, count, bankCode, balanceFen, 8).stream()
                .map(u -> new Unit(u.unitId(), u.accountNumber(), String.format("2026%010d", Long.parseLong(u.accountNumber().substring(2)))))
                .toList();
    }

    private static void awaitKnown(String unitId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> !platform.agreement(unitId).get("unitName").isNull());
    }

    private static String requestDebit(String auditNumber, String unitId) {
        String request = "D-" + UUID.randomUUID();
        platform.requestDebit(request, auditNumber, unitId, AMOUNT);
        return request;
    }
}
