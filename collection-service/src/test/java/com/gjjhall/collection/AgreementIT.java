package com.gjjhall.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.bank.AccountVerificationRequested;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.contracts.collection.CollectionAgreementApplicationRefused;
import com.gjjhall.contracts.collection.CollectionAgreementApplied;
import com.gjjhall.contracts.collection.CollectionAgreementCancelled;
import com.gjjhall.contracts.collection.CollectionAgreementEffective;
import com.gjjhall.contracts.collection.PayerAccountsCancelled;
import com.gjjhall.testkit.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Entrusted-collection agreements as units and bank clerks handle them (FAQ 三). */
class AgreementIT extends CollectionTestBase {

    @Test
    void aUnitAppliesOnlinePrintsItsFormAndTheBankMakesTheApplicationEffective() {
        String unit = enrolledUnit("武汉申请测试有限公司");
        String token = operator(unit);
        String number = accountNumber();

        ResponseEntity<String> applied = post("/api/collection/agreement/applications", token,
                Map.of("type", "OPENING", "accounts", List.of(account("ICBC", number, "武汉申请测试有限公司"))));
        assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
        JsonNode application = read(applied.getBody());
        assertThat(application.get("state").asText()).isEqualTo("AWAITING_BANK");
        assertThat(application.get("stateText").asText()).isEqualTo("待银行生效");
        String applicationId = application.get("applicationId").asText();
        assertThat(get("/api/collection/agreement", token).get("state").asText()).isEqualTo("NONE");

        ResponseEntity<byte[]> form = http.exchange("/api/collection/agreement-applications/" + applicationId + "/form",
                HttpMethod.GET, new HttpEntity<>(headers(token)), byte[].class);
        assertThat(form.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        String pdf = new String(form.getBody(), StandardCharsets.ISO_8859_1);
        assertThat(pdf).startsWith("%PDF-1.4").contains(ucs2("武汉申请测试有限公司")).contains(ucs2(number))
                .contains(ucs2("委托收款结算方式开通申请"));

        ResponseEntity<String> confirmed = post("/api/collection/agreement-applications/" + applicationId + "/confirmation",
                clerk, null);
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
        JsonNode agreement = get("/api/collection/agreement", token);
        assertThat(agreement.get("state").asText()).isEqualTo("EFFECTIVE");
        assertThat(agreement.get("accounts").get(0).get("accountNumber").asText()).isEqualTo(number);
        assertThat(agreement.get("accounts").get(0).get("bankName").asText()).isEqualTo("中国工商银行");

        await().atMost(WAIT).until(() -> !wire.seen(CollectionAgreementEffective.class, e -> e.unitId().equals(unit)).isEmpty());
        assertThat(wire.seen(CollectionAgreementApplied.class, e -> e.unitId().equals(unit))).hasSize(1);
    }

    @Test
    void theCounterListsAUnitsApplicationsAndMakesTheOneTheBankCheckedEffective() {
        String unit = enrolledUnit("柜面列表测试单位");
        String other = enrolledUnit("柜面列表另一单位");
        String number = accountNumber();
        String applicationId = read(post("/api/collection/agreement/applications", operator(unit),
                Map.of("type", "OPENING", "accounts", List.of(account("ICBC", number, "柜面列表测试单位")))).getBody())
                .get("applicationId").asText();
        post("/api/collection/agreement/applications", operator(other),
                Map.of("type", "OPENING", "accounts", List.of(account("ICBC", accountNumber(), "柜面列表另一单位"))));

        String applications = "/api/collection/agreements/" + unit + "/applications";
        JsonNode listed = get(applications, clerk);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(listed.get(0).get("state").asText()).isEqualTo("AWAITING_BANK");
        assertThat(listed.get(0).at("/addedAccounts/0/accountNumber").asText()).isEqualTo(number);
        assertThat(listed).isEqualTo(get("/api/collection/agreement/applications", operator(unit)));

        ResponseEntity<String> confirmed = post("/api/collection/agreement-applications/" + applicationId + "/confirmation",
                clerk, null);
        assertThat(confirmed.getStatusCode().value()).as(confirmed.getBody()).isEqualTo(200);
        assertThat(get(applications, clerk).get(0).get("state").asText()).isEqualTo("EFFECTIVE");
        String ops = TestTokens.get().issue("OP-OPS", "U-CENTRE", "OPS");
        assertThat(get(applications, ops).get(0).get("stateText").asText()).isEqualTo(
                read(confirmed.getBody()).get("stateText").asText());

        ResponseEntity<String> refused = http.exchange(applications, HttpMethod.GET,
                new HttpEntity<>(headers(operator(unit))), String.class);
        assertThat(refused.getStatusCode().value()).as("a unit uses its own list").isEqualTo(403);
        assertThat(read(refused.getBody()).get("title").asText()).isEqualTo("无权办理此业务");
    }

    @Test
    void aFourthPayerAccountIsRefusedAndTheThreeStay() {
        String unit = enrolledUnit("三账户单位");
        registeredAtCounter(unit, account("ICBC", accountNumber(), "三账户单位"), account("ABC", accountNumber(), "三账户单位"),
                account("BOC", accountNumber(), "三账户单位"));

        ResponseEntity<String> fourth = post("/api/collection/agreement/applications", operator(unit),
                Map.of("type", "CHANGE", "accounts", List.of(account("CMB", accountNumber(), "三账户单位"))));
        assertThat(fourth.getStatusCode().value()).isEqualTo(400);
        assertThat(read(fourth.getBody()).get("title").asText()).isEqualTo("委托收款账户不得超过3个");
        assertThat(get("/api/collection/agreement", operator(unit)).get("accounts")).hasSize(3);
    }

    @Test
    void aChangeReplacingAnAccountKeepsTheOldOneUntilTheBankConfirmsTheChange() {
        String unit = enrolledUnit("变更测试单位");
        String old = accountNumber();
        String kept = accountNumber();
        String replacing = accountNumber();
        registeredAtCounter(unit, account("ICBC", old, "变更测试单位"), account("ABC", kept, "变更测试单位"));

        ResponseEntity<String> applied = post("/api/collection/agreement/applications", operator(unit), Map.of("type", "CHANGE",
                "accounts", List.of(account("CCB", replacing, "变更测试单位")), "replacedAccountNumbers", List.of(old)));
        assertThat(applied.getStatusCode().value()).as(applied.getBody()).isEqualTo(201);
        String applicationId = read(applied.getBody()).get("applicationId").asText();
        assertThat(get("/api/collection/agreement", operator(unit)).get("accounts").get(0).get("accountNumber").asText())
                .isEqualTo(old);

        post("/api/collection/agreement-applications/" + applicationId + "/confirmation", clerk, null);
        JsonNode accounts = get("/api/collection/agreement", operator(unit)).get("accounts");
        assertThat(accounts).hasSize(2);
        assertThat(accounts.get(0).get("accountNumber").asText()).isEqualTo(replacing);
        assertThat(accounts.get(0).get("bankName").asText()).isEqualTo("中国建设银行");
        assertThat(accounts.get(1).get("accountNumber").asText()).isEqualTo(kept);
    }

    @Test
    void theBanksRefusalReachesTheOperatorInItsWordsNamingTheAccountsRow() {
        String unit = enrolledUnit("户名测试单位");
        String good = accountNumber();
        String misnamed = accountNumber();
        bank.checks(misnamed, VerificationOutcome.NAME_MISMATCH);

        ResponseEntity<String> refused = post("/api/collection/agreement/applications", operator(unit), Map.of("type", "OPENING",
                "accounts", List.of(account("ICBC", good, "户名测试单位"), account("CCB", misnamed, "户名测试单位(武汉)"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        JsonNode problem = read(refused.getBody());
        assertThat(problem.get("title").asText()).isEqualTo("扣款户名不一致");
        assertThat(problem.get("errors").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("扣款户名");
        assertThat(get("/api/collection/agreement", operator(unit)).get("state").asText()).isEqualTo("NONE");
        await().atMost(WAIT).until(() -> !wire.seen(CollectionAgreementApplicationRefused.class,
                e -> e.unitId().equals(unit) && e.reason().equals("扣款户名不一致")).isEmpty());

        String unknown = accountNumber();
        bank.checks(unknown, VerificationOutcome.NOT_FOUND);
        assertThat(read(post("/api/collection/agreement/applications", operator(unit), Map.of("type", "OPENING",
                "accounts", List.of(account("ICBC", unknown, "户名测试单位")))).getBody()).get("title").asText()).isEqualTo("账号不存在");
        String frozen = accountNumber();
        bank.checks(frozen, VerificationOutcome.ABNORMAL_STATUS);
        assertThat(read(post("/api/collection/agreement/applications", operator(unit), Map.of("type", "OPENING",
                "accounts", List.of(account("ICBC", frozen, "户名测试单位")))).getBody()).get("title").asText()).isEqualTo("账户状态不正常");
    }

    @Test
    void onlyTheEighteenCooperatingBanksAreAccepted() {
        String unit = enrolledUnit("外行单位");
        ResponseEntity<String> refused = post("/api/collection/agreement/applications", operator(unit), Map.of("type", "OPENING",
                "accounts", List.of(account("HSBC", accountNumber(), "外行单位"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(read(refused.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("开户银行");
        assertThat(get("/api/collection/banks", operator(unit))).hasSize(18);
    }

    @Test
    void aSlowBankLeavesTheApplicationProcessingAndTheCheckIsSentAgainUntilAnswered() {
        String unit = enrolledUnit("慢银行单位");
        String number = accountNumber();
        bank.checksSilently(number, true);

        ResponseEntity<String> processing = post("/api/collection/agreement/applications", operator(unit),
                Map.of("type", "OPENING", "accounts", List.of(account("ICBC", number, "慢银行单位"))));
        assertThat(processing.getStatusCode().value()).isEqualTo(202);
        JsonNode application = read(processing.getBody());
        assertThat(application.get("stateText").asText()).startsWith("处理中");

        bank.checksSilently(number, false);
        clock.advance(ANSWER_TIMEOUT);
        await().atMost(WAIT).until(() -> wire.seen(AccountVerificationRequested.class, e -> e.accountNumber().equals(number)).size() >= 2);
        await().atMost(WAIT).until(() -> get("/api/collection/agreement-applications/" + application.get("applicationId").asText(),
                operator(unit)).get("state").asText().equals("AWAITING_BANK"));
    }

    @Test
    void cancellingSomeAccountsIsImmediateAndCancellingTheMethodEndsTheAgreement() {
        String unit = enrolledUnit("取消测试单位");
        String first = accountNumber();
        String second = accountNumber();
        registeredAtCounter(unit, account("ICBC", first, "取消测试单位"), account("ABC", second, "取消测试单位"));

        ResponseEntity<String> cancelled = post("/api/collection/agreement/account-cancellations", operator(unit),
                Map.of("accountNumbers", List.of(first)));
        assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(201);
        JsonNode agreement = get("/api/collection/agreement", operator(unit));
        assertThat(agreement.get("accounts")).hasSize(1);
        assertThat(agreement.get("accounts").get(0).get("accountNumber").asText()).isEqualTo(second);

        assertThat(post("/api/collection/agreement/cancellation", operator(unit), Map.of("terminationAgreed", false))
                .getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> ended = post("/api/collection/agreement/cancellation", operator(unit),
                Map.of("terminationAgreed", true));
        assertThat(ended.getStatusCode().value()).isEqualTo(201);
        assertThat(read(ended.getBody()).get("applicationTypeText").asText()).isEqualTo("委托收款结算方式取消");
        assertThat(get("/api/collection/agreement", operator(unit)).get("state").asText()).isEqualTo("ENDED");

        await().atMost(WAIT).until(() -> !wire.seen(CollectionAgreementCancelled.class, e -> e.unitId().equals(unit)).isEmpty());
        assertThat(wire.seen(PayerAccountsCancelled.class, e -> e.unitId().equals(unit)).get(0).cancelledAccountNumbers())
                .containsExactly(first);
    }

    @Test
    void aClerkRegistersOnlyAUnitIdentityEnrolled() {
        ResponseEntity<String> refused = post("/api/collection/agreements/U-NOBODY/registrations", clerk,
                Map.of("accounts", List.of(account("ICBC", accountNumber(), "无名单位"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(404);
        assertThat(read(refused.getBody()).get("title").asText()).isEqualTo("单位不存在");
    }

    @Test
    void anOperatorCannotRegisterAtTheCounterNorSeeAnotherUnitsApplication() {
        String unit = enrolledUnit("甲单位");
        String other = enrolledUnit("乙单位");
        ResponseEntity<String> refused = post("/api/collection/agreements/" + unit + "/registrations", operator(unit),
                Map.of("accounts", List.of(account("ICBC", accountNumber(), "甲单位"))));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> applied = post("/api/collection/agreement/applications", operator(unit),
                Map.of("type", "OPENING", "accounts", List.of(account("ICBC", accountNumber(), "甲单位"))));
        String applicationId = read(applied.getBody()).get("applicationId").asText();
        ResponseEntity<String> hidden = http.exchange("/api/collection/agreement-applications/" + applicationId,
                HttpMethod.GET, new HttpEntity<>(headers(operator(other))), String.class);
        assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    }

    private static String ucs2(String text) {
        return HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_16BE));
    }
}
