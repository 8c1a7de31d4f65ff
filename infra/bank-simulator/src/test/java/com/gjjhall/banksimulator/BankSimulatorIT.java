package com.gjjhall.banksimulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.RefundCompleted;
import com.gjjhall.contracts.bank.RefundInstructed;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.TestTokens;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The simulated banks as the platform meets them over Kafka, and as bank staff drive them over the admin API. */
@WithRealInfrastructure(database = "bank")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "gjj.demo.seed=true")
class BankSimulatorIT {

    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.currentTimeMillis() % 100_000) * 100);
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static Wire wire;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();
    private final String clerk = TestTokens.get().issue("OP-CLERK", "U-CENTRE", "CLERK");

    @BeforeAll
    static void connect(Infrastructure infrastructure) {
        wire = new Wire(infrastructure);
    }

    @AfterAll
    static void disconnect() {
        wire.close();
    }

    @AfterEach
    void banksBehaveAgain() {
        setFaults(0, 0, 0, 0);
    }

    @Test
    void aDebitIsExecutedOnceHoweverOftenTheInstructionArrivesAndEveryCopyGetsTheFirstAnswer() throws Exception {
        String account = openAccount("ICBC", "示范单位", 100_000, "NORMAL");
        long fundBefore = balance("ICBC", "3202009999000001");
        DebitInstructed debit = debit("ICBC", account, "示范单位", 60_000);

        wire.send(debit);
        wire.send(debit);
        wire.send(new DebitStatusQueried(debit.instructionId(), "ICBC", Instant.now()));

        await().atMost(WAIT).until(() -> wire.about(debit.instructionId(), DebitAnswered.class).size() == 3);
        assertThat(wire.about(debit.instructionId(), DebitAnswered.class))
                .allSatisfy(answer -> assertThat(answer.outcome()).isEqualTo(DebitOutcome.SUCCEEDED));
        assertThat(balance("ICBC", account)).isEqualTo(40_000);
        assertThat(balance("ICBC", "3202009999000001") - fundBefore).isEqualTo(60_000);
    }

    @Test
    void eachRefusedDebitIsAnsweredInTheBanksWordsAndDebitsNothing() throws Exception {
        String poor = openAccount("ABC", "示范单位", 1_000, "NORMAL");
        String frozen = openAccount("BOC", "示范单位", 100_000, "FROZEN");
        String dormant = openAccount("CMB", "示范单位", 100_000, "DORMANT");
        String unsigned = openAccount("CCB", "示范单位（武汉）", 100_000, "NORMAL");

        assertThat(answerTo(debit("ABC", poor, "示范单位", 5_000)).message()).isEqualTo("账户余额不足");
        assertThat(answerTo(debit("BOC", frozen, "示范单位", 5_000)).message()).isEqualTo("账户状态不正常");
        assertThat(answerTo(debit("CMB", dormant, "示范单位", 5_000)).message()).isEqualTo("账户状态不正常");
        DebitAnswered signing = answerTo(debit("CCB", unsigned, "示范单位（武汉）", 5_000));
        assertThat(signing.outcome()).isEqualTo(DebitOutcome.SIGNING_REQUIRED);
        assertThat(signing.message()).isEqualTo("结算失败[收方账号和付方账号未进行收款签约]");
        assertThat(balance("ABC", poor)).isEqualTo(1_000);
        assertThat(balance("CCB", unsigned)).isEqualTo(100_000);
    }

    @Test
    void aSigningBankDebitsOnlyOnceTheSigningIsReportedAndThePlatformIsTold() throws Exception {
        String account = openAccount("PSBC", "示范单位", 100_000, "NORMAL");
        assertThat(answerTo(debit("PSBC", account, "示范单位", 10_000)).outcome()).isEqualTo(DebitOutcome.SIGNING_REQUIRED);

        ResponseEntity<String> signed = http.exchange("/api/bank/accounts/PSBC/" + account + "/signing", HttpMethod.POST,
                new HttpEntity<>(null, headers(clerk)), String.class);
        assertThat(signed.getStatusCode().value()).isEqualTo(201);
        await().atMost(WAIT).until(() -> !wire.about(account, UnitBankSigningReported.class).isEmpty());
        assertThat(wire.about(account, UnitBankSigningReported.class).get(0).bankCode()).isEqualTo("PSBC");

        assertThat(answerTo(debit("PSBC", account, "示范单位", 10_000)).outcome()).isEqualTo(DebitOutcome.SUCCEEDED);
        assertThat(balance("PSBC", account)).isEqualTo(90_000);
    }

    @Test
    void aNameThatDiffersOnlyInBracketWidthIsNotTheAccountsName() {
        String account = openAccount("CITIC", "武汉示范科技有限公司（光谷）", 0, "NORMAL");
        String frozen = openAccount("CITIC", "武汉示范科技有限公司", 0, "FROZEN");

        assertThat(verify("CITIC", account, "武汉示范科技有限公司(光谷)").outcome()).isEqualTo(VerificationOutcome.NAME_MISMATCH);
        assertThat(verify("CITIC", account, "武汉示范科技有限公司(光谷)").message()).isEqualTo("扣款户名不一致");
        assertThat(verify("CITIC", account, "武汉示范科技有限公司（光谷）").outcome()).isEqualTo(VerificationOutcome.OK);
        AccountVerified unknown = verify("CITIC", "9999" + NUMBERS.incrementAndGet(), "武汉示范科技有限公司");
        assertThat(unknown.message()).isEqualTo("账号不存在");
        assertThat(verify("CITIC", frozen, "武汉示范科技有限公司").message()).isEqualTo("账户状态不正常");
    }

    @Test
    void aQueryAboutAnInstructionTheBankNeverReceivedSaysSo() {
        String instructionId = "DI-NEVER-" + NUMBERS.incrementAndGet();
        wire.send(new DebitStatusQueried(instructionId, "ICBC", Instant.now()));
        await().atMost(WAIT).until(() -> !wire.about(instructionId, DebitAnswered.class).isEmpty());
        assertThat(wire.about(instructionId, DebitAnswered.class).get(0).outcome()).isEqualTo(DebitOutcome.UNKNOWN_INSTRUCTION);
    }

    @Test
    void aLostAnswerIsGivenWhenThePlatformAsksAndTheDebitStillHappenedOnce() throws Exception {
        String account = openAccount("ICBC", "示范单位", 50_000, "NORMAL");
        DebitInstructed debit = debit("ICBC", account, "示范单位", 20_000);
        setFaults(0, 0, 1, 0);
        wire.send(debit);
        await().atMost(WAIT).until(() -> balance("ICBC", account) == 30_000);
        assertThat(wire.about(debit.instructionId(), DebitAnswered.class)).isEmpty();

        setFaults(0, 0, 0, 0);
        wire.send(new DebitStatusQueried(debit.instructionId(), "ICBC", Instant.now()));
        await().atMost(WAIT).until(() -> wire.about(debit.instructionId(), DebitAnswered.class).size() == 1);
        assertThat(wire.about(debit.instructionId(), DebitAnswered.class).get(0).outcome()).isEqualTo(DebitOutcome.SUCCEEDED);
        assertThat(balance("ICBC", account)).isEqualTo(30_000);
    }

    @Test
    void duplicatedAndLateAnswersArriveTwiceAndLateButDebitOnce() throws Exception {
        String account = openAccount("CEB", "示范单位", 50_000, "NORMAL");
        DebitInstructed debit = debit("CEB", account, "示范单位", 20_000);
        setFaults(0, 300, 0, 1);
        long sent = System.nanoTime();
        wire.send(debit);
        await().atMost(WAIT).until(() -> wire.about(debit.instructionId(), DebitAnswered.class).size() == 2);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(balance("CEB", account)).isEqualTo(30_000);
    }

    @Test
    void aSystemFaultDebitsNothingAndACopyOfTheInstructionGetsTheSameFault() throws Exception {
        String account = openAccount("SPDB", "示范单位", 50_000, "NORMAL");
        DebitInstructed debit = debit("SPDB", account, "示范单位", 20_000);
        setFaults(1, 0, 0, 0);
        DebitAnswered fault = answerTo(debit);
        assertThat(fault.outcome()).isEqualTo(DebitOutcome.BANK_SYSTEM_FAULT);
        assertThat(fault.message()).isEqualTo("银行方系统故障");

        setFaults(0, 0, 0, 0);
        wire.send(debit);
        await().atMost(WAIT).until(() -> wire.about(debit.instructionId(), DebitAnswered.class).size() == 2);
        assertThat(wire.about(debit.instructionId(), DebitAnswered.class))
                .extracting(DebitAnswered::outcome).containsOnly(DebitOutcome.BANK_SYSTEM_FAULT);
        assertThat(balance("SPDB", account)).isEqualTo(50_000);
    }

    @Test
    void anIncomingTransferKeepsItsMemoAsTypedAndARefundReturnsItOnce() throws Exception {
        String payer = openAccount("CIB", "示范单位", 500_000, "NORMAL");
        ResponseEntity<String> made = http.exchange("/api/bank/transfers", HttpMethod.POST, new HttpEntity<>(Map.of(
                "bankCode", "CIB", "payerAccountNumber", payer, "payerAccountName", "示范单位",
                "amountFen", 408_000, "memo", "２０２６１１０２００００１７", "deliveries", 2), headers(clerk)), String.class);
        assertThat(made.getStatusCode().value()).isEqualTo(201);
        String transferId = json.readTree(made.getBody()).get("transferId").asText();
        await().atMost(WAIT).until(() -> wire.about(transferId, TransferReceived.class).size() == 2);
        assertThat(wire.about(transferId, TransferReceived.class).get(0).memo()).isEqualTo("２０２６１１０２００００１７");
        assertThat(balance("CIB", payer)).isEqualTo(92_000);

        RefundInstructed refund = new RefundInstructed("RF-" + NUMBERS.incrementAndGet(), transferId, "CIB", payer,
                "示范单位", 408_000, "附言不是有效的审核单号", Instant.now());
        wire.send(refund);
        wire.send(refund);
        await().atMost(WAIT).until(() -> wire.about(refund.instructionId(), RefundCompleted.class).size() == 2);
        assertThat(wire.about(refund.instructionId(), RefundCompleted.class).get(0).transferId()).isEqualTo(transferId);
        assertThat(balance("CIB", payer)).isEqualTo(500_000);
    }

    @Test
    void aTransferFromAnAccountThatCannotPayIsRefused() throws Exception {
        String payer = openAccount("HXB", "示范单位", 100, "NORMAL");
        ResponseEntity<String> refused = http.exchange("/api/bank/transfers", HttpMethod.POST, new HttpEntity<>(Map.of(
                "bankCode", "HXB", "payerAccountNumber", payer, "payerAccountName", "示范单位",
                "amountFen", 408_000, "memo", "20261102000017"), headers(clerk)), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(refused.getBody()).get("title").asText()).isEqualTo("账户余额不足");
        assertThat(balance("HXB", payer)).isEqualTo(100);
    }

    @Test
    void onlyFundCentreStaffDriveTheBanks() {
        String operator = TestTokens.get().issue("OP-MAKER", "U-DEMO", "OPERATOR");
        assertThat(http.exchange("/api/bank/faults", HttpMethod.GET, new HttpEntity<>(headers(operator)), String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/api/bank/faults", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.exchange("/api/bank/faults", HttpMethod.GET, new HttpEntity<>(headers(clerk)), String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theDemoUnitHasAFundedAccountAtIcbcAndAnUnsignedOneAtCcb() throws Exception {
        JsonNode icbc = account("ICBC", "3202000000000001").get("account");
        assertThat(icbc.get("accountName").asText()).isEqualTo("示范单位");
        assertThat(icbc.get("balanceFen").asLong()).isPositive();
        JsonNode ccb = account("CCB", "4200000000000001").get("account");
        assertThat(ccb.get("signedAt").isNull()).isTrue();
    }

    @Test
    void faultSettingsOutsideTheirRangeAreRefusedNamingTheField() throws Exception {
        ResponseEntity<String> refused = http.exchange("/api/bank/faults", HttpMethod.PUT, new HttpEntity<>(Map.of(
                "failureRate", 1.5, "latencyMillis", 0, "lostAnswerRate", 0, "duplicateAnswerRate", 0), headers(clerk)), String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("failureRate");
    }

    private DebitInstructed debit(String bank, String account, String name, long amountFen) {
        return new DebitInstructed("DI-" + NUMBERS.incrementAndGet(), bank, account, name, amountFen, "20261102000017",
                "U-TEST", Instant.now());
    }

    private DebitAnswered answerTo(DebitInstructed debit) {
        wire.send(debit);
        await().atMost(WAIT).until(() -> !wire.about(debit.instructionId(), DebitAnswered.class).isEmpty());
        return wire.about(debit.instructionId(), DebitAnswered.class).get(0);
    }

    private AccountVerified verify(String bank, String account, String name) {
        String requestId = "V-" + NUMBERS.incrementAndGet();
        wire.send(new AccountVerificationRequested(requestId, bank, account, name, Instant.now()));
        await().atMost(WAIT).until(() -> !wire.about(requestId, AccountVerified.class).isEmpty());
        return wire.about(requestId, AccountVerified.class).get(0);
    }

    private String openAccount(String bank, String name, long balanceFen, String status) {
        String number = "62" + NUMBERS.incrementAndGet();
        ResponseEntity<String> opened = http.exchange("/api/bank/accounts", HttpMethod.POST, new HttpEntity<>(Map.of(
                "bankCode", bank, "accountNumber", number, "accountName", name, "balanceFen", balanceFen,
                "status", status), headers(clerk)), String.class);
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        return number;
    }

    private long balance(String bank, String account) throws Exception {
        return account(bank, account).get("account").get("balanceFen").asLong();
    }

    private JsonNode account(String bank, String account) throws Exception {
        ResponseEntity<String> found = http.exchange("/api/bank/accounts/" + bank + "/" + account, HttpMethod.GET,
                new HttpEntity<>(headers(clerk)), String.class);
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        return json.readTree(found.getBody());
    }

    private void setFaults(double failureRate, long latencyMillis, double lostRate, double duplicateRate) {
        Map<String, Object> faults = new HashMap<>();
        faults.put("failureRate", failureRate);
        faults.put("latencyMillis", latencyMillis);
        faults.put("lostAnswerRate", lostRate);
        faults.put("duplicateAnswerRate", duplicateRate);
        ResponseEntity<String> set = http.exchange("/api/bank/faults", HttpMethod.PUT, new HttpEntity<>(faults, headers(clerk)),
                String.class);
        assertThat(set.getStatusCode().value()).isEqualTo(200);
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(token);
        return headers;
    }
}
