package com.gjjhall.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.collection.support.ScriptedBank;
import com.gjjhall.contracts.bank.AccountVerified;
import com.gjjhall.contracts.bank.DebitAnswered;
import com.gjjhall.contracts.bank.DebitInstructed;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.bank.DebitStatusQueried;
import com.gjjhall.contracts.bank.UnitBankSigningReported;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Debits requested by remittance review, sent to the payer's bank and answered by it: what the operator
 * sees in 处理结果查询 and what remittance-service is told, whatever the bank does.
 */
class DebitIT extends CollectionTestBase {

    @ParameterizedTest
    @CsvSource({
            "INSUFFICIENT_BALANCE, 账户余额不足, false",
            "ACCOUNT_ABNORMAL, 账户状态不正常, false",
            "BANK_SYSTEM_FAULT, 银行方系统故障, true",
            "SIGNING_REQUIRED, 结算失败[收方账号和付方账号未进行收款签约], false"})
    void eachBankRefusalReachesTheOperatorWithItsMessage(DebitOutcome outcome, String reason, boolean retryable) {
        String unit = enrolledUnit("扣款失败测试单位");
        String number = accountNumber();
        registeredAtCounter(unit, account("CCB", number, "扣款失败测试单位"));
        bank.debits(number, outcome);

        String audit = auditNumber();
        String request = requestDebit(audit, unit);

        JsonNode status = awaitState(audit, unit, "FAILED");
        assertThat(status.get("stateText").asText()).isEqualTo("失败");
        assertThat(status.get("reason").asText()).isEqualTo(reason);
        assertThat(status.get("retryable").asBoolean()).isEqualTo(retryable);
        assertThat(status.get("attempts").get(0).get("message").asText()).isEqualTo(reason);
        await().atMost(WAIT).until(() -> !wire.seen(DebitFailed.class, e -> e.debitRequestId().equals(request)).isEmpty());
        DebitFailed failed = wire.seen(DebitFailed.class, e -> e.debitRequestId().equals(request)).get(0);
        assertThat(failed.reason()).isEqualTo(reason);
        assertThat(failed.reasonCode()).isEqualTo(outcome.name());
        assertThat(failed.retryable()).isEqualTo(retryable);
    }

    @Test
    void aDebitTheBankAnswersTwiceSucceedsOnceAndIsPublishedOnce() {
        String unit = enrolledUnit("重复应答单位");
        String number = accountNumber();
        registeredAtCounter(unit, account("ICBC", number, "重复应答单位"));
        bank.answers(number, ScriptedBank.Manner.ANSWERS_TWICE);

        String audit = auditNumber();
        String request = requestDebit(audit, unit);

        JsonNode status = awaitState(audit, unit, "SUCCEEDED");
        assertThat(status.get("stateText").asText()).isEqualTo("成功");
        await().atMost(WAIT).until(() -> !wire.seen(DebitSucceeded.class, e -> e.debitRequestId().equals(request)).isEmpty());
        DebitSucceeded succeeded = wire.seen(DebitSucceeded.class, e -> e.debitRequestId().equals(request)).get(0);
        assertThat(succeeded.amountFen()).isEqualTo(408_000);
        assertThat(succeeded.payerAccountNumber()).isEqualTo(number);
        requestDebit(auditNumber(), unit);
        await().atMost(WAIT).until(() -> wire.seen(DebitSucceeded.class, e -> e.unitId().equals(unit)).size() == 2);
        assertThat(wire.seen(DebitSucceeded.class, e -> e.debitRequestId().equals(request))).hasSize(1);
    }

    @Test
    void aResubmissionWhileTheDebitIsProcessingSendsNoSecondInstructionAndBothGetTheAnswer() {
        String unit = enrolledUnit("处理中重复提交单位");
        String number = accountNumber();
        registeredAtCounter(unit, account("ICBC", number, "处理中重复提交单位"));
        bank.answers(number, ScriptedBank.Manner.SILENT);

        String audit = auditNumber();
        String first = requestDebit(audit, unit);
        awaitState(audit, unit, "PROCESSING");
        String second = requestDebit(audit, unit);
        await().atMost(WAIT).until(() -> get("/api/collection/debits/" + audit, operator(unit)).get("attempts").size() == 1);

        bank.answers(number, ScriptedBank.Manner.ANSWERS);
        clock.advance(ANSWER_TIMEOUT);
        await().atMost(WAIT).until(() -> wire.seen(DebitSucceeded.class, e -> e.auditNumber().equals(audit)).size() == 2);
        assertThat(wire.seen(DebitSucceeded.class, e -> e.auditNumber().equals(audit)))
                .extracting(DebitSucceeded::debitRequestId).containsExactlyInAnyOrder(first, second);
        assertThat(wire.seen(DebitInstructed.class, e -> e.memo().equals(audit))).hasSize(1);
    }

    @Test
    void aDebitWithNoAnswerStaysProcessingAndIsQueriedUntilTheBankAnswers() {
        SilentDebit debit = debitAtASilentBank("无应答单位");
        String instruction = debit.instructionId();

        clock.advance(ANSWER_TIMEOUT);
        await().atMost(WAIT).until(() -> !wire.seen(DebitStatusQueried.class, e -> e.instructionId().equals(instruction)).isEmpty());
        JsonNode settled = awaitState(debit.auditNumber(), debit.unit(), "SUCCEEDED");
        assertThat(settled.get("attempts").get(0).get("statusQueries").asInt()).isEqualTo(1);
        assertThat(wire.seen(DebitInstructed.class, e -> e.instructionId().equals(instruction))).hasSize(1);
    }

    @Test
    void answersToRequestsThisServiceNeverSentChangeNothing() {
        SilentDebit debit = debitAtASilentBank("陌生应答单位");
        String unit = debit.unit();
        String number = debit.accountNumber();
        String audit = debit.auditNumber();
        String instruction = debit.instructionId();

        // An account check's answer under the instruction's id (on its partition, so read before the real answer),
        // and a success for an instruction never sent.
        wire.publish(new AccountVerified(instruction, "ICBC", number, VerificationOutcome.OK, "账户验证通过", Instant.now()));
        wire.publish(new DebitAnswered("DI" + audit + "-2", "ICBC", DebitOutcome.SUCCEEDED, "扣款成功", Instant.now()));
        wire.publish(new DebitAnswered(instruction, "ICBC", DebitOutcome.INSUFFICIENT_BALANCE, "账户余额不足", Instant.now()));

        JsonNode failed = awaitState(audit, unit, "FAILED");
        assertThat(failed.get("reason").asText()).isEqualTo("账户余额不足");
        assertThat(failed.get("attempts")).hasSize(1);
        assertThat(wire.seen(DebitSucceeded.class, e -> e.auditNumber().equals(audit))).isEmpty();
    }

    @Test
    void afterABankSystemFaultTheReviewersResubmissionIsANewInstructionThatSucceeds() {
        String unit = enrolledUnit("故障重提单位");
        String number = accountNumber();
        registeredAtCounter(unit, account("ICBC", number, "故障重提单位"));
        bank.debits(number, DebitOutcome.BANK_SYSTEM_FAULT, DebitOutcome.SUCCEEDED);

        String audit = auditNumber();
        requestDebit(audit, unit);
        assertThat(awaitState(audit, unit, "FAILED").get("reason").asText()).isEqualTo("银行方系统故障");
        String again = requestDebit(audit, unit);

        JsonNode settled = awaitState(audit, unit, "SUCCEEDED");
        assertThat(settled.get("attempts")).hasSize(2);
        await().atMost(WAIT).until(() -> !wire.seen(DebitSucceeded.class, e -> e.debitRequestId().equals(again)).isEmpty());
        assertThat(wire.seen(DebitInstructed.class, e -> e.memo().equals(audit)))
                .extracting(DebitInstructed::instructionId).containsExactly("DI" + audit + "-1", "DI" + audit + "-2");
    }

    @Test
    void aSigningBankFailsUntilTheSigningIsReportedThenTheResubmissionSucceeds() {
        String unit = enrolledUnit("签约测试单位");
        String number = accountNumber();
        registeredAtCounter(unit, account("CCB", number, "签约测试单位"));
        bank.debits(number, DebitOutcome.SIGNING_REQUIRED, DebitOutcome.SUCCEEDED);
        assertThat(get("/api/collection/agreement", operator(unit)).get("accounts").get(0).get("signingRequired").asBoolean()).isTrue();

        String audit = auditNumber();
        requestDebit(audit, unit);
        assertThat(awaitState(audit, unit, "FAILED").get("reason").asText()).isEqualTo("结算失败[收方账号和付方账号未进行收款签约]");

        wire.publish(new UnitBankSigningReported("CCB", number, Instant.now()));
        await().atMost(WAIT).until(() -> !get("/api/collection/agreement", operator(unit)).get("accounts").get(0).get("signedAt").isNull());
        requestDebit(audit, unit);
        assertThat(awaitState(audit, unit, "SUCCEEDED").get("attempts")).hasSize(2);
    }

    @Test
    void aUnitWithoutAnAgreementIsToldSoAndNoBankIsAsked() {
        String unit = enrolledUnit("未登记单位");
        String audit = auditNumber();
        String request = requestDebit(audit, unit);
        assertThat(awaitState(audit, unit, "FAILED").get("reason").asText())
                .isEqualTo("未开通委托收款结算方式，或委托收款协议尚未生效");
        await().atMost(WAIT).until(() -> !wire.seen(DebitFailed.class, e -> e.debitRequestId().equals(request)).isEmpty());
        assertThat(wire.seen(DebitInstructed.class, e -> e.memo().equals(audit))).isEmpty();
    }

    @Test
    void anOperatorSeesOnlyTheirOwnUnitsDebits() {
        String unit = enrolledUnit("本单位");
        String other = enrolledUnit("他单位");
        String audit = auditNumber();
        requestDebit(audit, unit);
        awaitState(audit, unit, "FAILED");
        ResponseEntity<String> hidden = http.exchange("/api/collection/debits/" + audit, HttpMethod.GET,
                new HttpEntity<>(headers(operator(other))), String.class);
        assertThat(hidden.getStatusCode().value()).isEqualTo(404);
        assertThat(get("/api/collection/debits?state=FAILED", operator(unit))).hasSize(1);
    }

    private String requestDebit(String audit, String unit) {
        String request = "D-" + UUID.randomUUID();
        wire.publish(new CollectionDebitRequested(request, audit, unit, 408_000, Instant.now()));
        return request;
    }

    private JsonNode awaitState(String audit, String unit, String state) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(WAIT).until(() -> {
            ResponseEntity<String> response = http.exchange("/api/collection/debits/" + audit, HttpMethod.GET,
                    new HttpEntity<>(headers(operator(unit))), String.class);
            if (response.getStatusCode().value() != 200) {
                return false;
            }
            seen[0] = read(response.getBody());
            return seen[0].get("state").asText().equals(state);
        });
        return seen[0];
    }

    /** A debit 处理中 at a bank that does not answer by itself: the test answers for it, or lets it time out. */
    private record SilentDebit(String unit, String accountNumber, String auditNumber, String instructionId) {
    }

    private SilentDebit debitAtASilentBank(String unitName) {
        String unit = enrolledUnit(unitName);
        String number = accountNumber();
        registeredAtCounter(unit, account("ICBC", number, unitName));
        bank.answers(number, ScriptedBank.Manner.SILENT);
        String audit = auditNumber();
        requestDebit(audit, unit);
        assertThat(awaitState(audit, unit, "PROCESSING").get("stateText").asText()).isEqualTo("处理中");
        return new SilentDebit(unit, number, audit, "DI" + audit + "-1");
    }
}
