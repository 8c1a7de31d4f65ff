package com.gjjhall.collection.debit.command;

import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.DebitOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One audit number is debited at most once, whatever the resubmissions and however often the bank answers. */
class DebitTest {

    static final Instant NOW = Instant.parse("2026-11-02T01:30:00Z");
    static final String AUDIT = "20261102000017";
    static final String UNIT = "U0001";
    static final PayerAccountDetails ICBC = new PayerAccountDetails("ICBC", "3202000000000001", "示范单位");
    static final String FIRST = "DI" + AUDIT + "-1";

    private final Map<String, PayerAccountDetails> agreements = new HashMap<>();
    private AggregateTestFixture<Debit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Debit.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((PayerAccounts) unitId -> Optional.ofNullable(agreements.get(unitId)));
        agreements.put(UNIT, ICBC);
    }

    @Test
    void aRequestSendsOneInstructionToTheUnitsFirstPayerAccountWithTheAuditNumber() {
        fixture.givenNoPriorActivity()
                .when(new RequestDebitCommand(AUDIT, "D1", UNIT, 408_000))
                .expectEvents(instructed(FIRST, "D1"));
    }

    @Test
    void aResubmissionWhileTheDebitIsProcessingSendsNoSecondInstruction() {
        fixture.given(instructed(FIRST, "D1"))
                .when(new RequestDebitCommand(AUDIT, "D2", UNIT, 408_000))
                .expectEvents(new DebitRequestJoined(AUDIT, "D2", FIRST, NOW));
    }

    @Test
    void bothRequestsGetTheAnswerOfTheOneInstruction() {
        fixture.given(instructed(FIRST, "D1"), new DebitRequestJoined(AUDIT, "D2", FIRST, NOW))
                .when(new RecordDebitAnswerCommand(AUDIT, FIRST, DebitOutcome.SUCCEEDED))
                .expectEvents(succeeded("D1", FIRST), succeeded("D2", FIRST));
    }

    @Test
    void aDuplicatedAnswerChangesNothing() {
        fixture.given(instructed(FIRST, "D1"), succeeded("D1", FIRST))
                .when(new RecordDebitAnswerCommand(AUDIT, FIRST, DebitOutcome.SUCCEEDED))
                .expectNoEvents();
    }

    @Test
    void aRequestAfterSuccessIsToldOfItAndNothingIsDebitedAgain() {
        fixture.given(instructed(FIRST, "D1"), succeeded("D1", FIRST))
                .when(new RequestDebitCommand(AUDIT, "D2", UNIT, 408_000))
                .expectEvents(succeeded("D2", FIRST));
    }

    @Test
    void aResubmissionAfterABankSystemFaultIsANewInstruction() {
        fixture.given(instructed(FIRST, "D1"),
                        failed("D1", FIRST, DebitFailureReason.BANK_SYSTEM_FAULT))
                .when(new RequestDebitCommand(AUDIT, "D2", UNIT, 408_000))
                .expectEvents(instructed("DI" + AUDIT + "-2", "D2"));
    }

    @Test
    void aLateAnswerToAnEarlierInstructionChangesNothing() {
        fixture.given(instructed(FIRST, "D1"), failed("D1", FIRST, DebitFailureReason.BANK_SYSTEM_FAULT),
                        instructed("DI" + AUDIT + "-2", "D2"))
                .when(new RecordDebitAnswerCommand(AUDIT, FIRST, DebitOutcome.BANK_SYSTEM_FAULT))
                .expectNoEvents();
    }

    @ParameterizedTest
    @CsvSource({
            "INSUFFICIENT_BALANCE, 账户余额不足, false",
            "ACCOUNT_ABNORMAL, 账户状态不正常, false",
            "BANK_SYSTEM_FAULT, 银行方系统故障, true",
            "SIGNING_REQUIRED, 结算失败[收方账号和付方账号未进行收款签约], false"})
    void eachBankRefusalFailsTheRequestInTheFaqsWords(DebitOutcome outcome, String reason, boolean retryable) {
        fixture.given(instructed(FIRST, "D1"))
                .when(new RecordDebitAnswerCommand(AUDIT, FIRST, outcome))
                .expectEvents(new DebitFailed(AUDIT, "D1", FIRST, UNIT, outcome.name(), reason, retryable, NOW));
    }

    @Test
    void aUnitWithoutAnAgreementInForceIsRefusedAndNoInstructionIsSent() {
        agreements.clear();
        fixture.givenNoPriorActivity()
                .when(new RequestDebitCommand(AUDIT, "D1", UNIT, 408_000))
                .expectEvents(new DebitFailed(AUDIT, "D1", null, UNIT, "NO_AGREEMENT",
                        DebitFailureReason.NO_AGREEMENT.reason(), false, NOW));
    }

    @Test
    void anInstructionTheBankNeverReceivedIsSentAgainUnderTheSameId() {
        fixture.given(instructed(FIRST, "D1"))
                .when(new RecordDebitAnswerCommand(AUDIT, FIRST, DebitOutcome.UNKNOWN_INSTRUCTION))
                .expectEvents(new DebitInstructionResent(AUDIT, FIRST, UNIT, 408_000, "ICBC", ICBC.accountNumber(),
                        ICBC.accountName(), NOW));
    }

    @Test
    void anUnansweredInstructionIsQueriedAndAnAnsweredOneIsNot() {
        fixture.given(instructed(FIRST, "D1"))
                .when(new QueryDebitStatusCommand(AUDIT, FIRST))
                .expectEvents(new DebitStatusQueryIssued(AUDIT, FIRST, "ICBC", NOW));
        setUp();
        fixture.given(instructed(FIRST, "D1"), succeeded("D1", FIRST))
                .when(new QueryDebitStatusCommand(AUDIT, FIRST))
                .expectNoEvents();
    }

    @Test
    void theSameRequestDeliveredTwiceIsAppliedOnce() {
        fixture.given(instructed(FIRST, "D1"))
                .when(new RequestDebitCommand(AUDIT, "D1", UNIT, 408_000))
                .expectNoEvents();
    }

    @Test
    void anAuditNumberOfAnotherUnitIsNotDebited() {
        fixture.given(instructed(FIRST, "D1"))
                .when(new RequestDebitCommand(AUDIT, "D9", "U0009", 408_000))
                .expectEvents(new DebitFailed(AUDIT, "D9", null, "U0009", "NOT_THIS_UNIT", DebitFailureReason.NOT_THIS_UNIT.reason(),
                                false, NOW));
    }

    private static DebitInstructed instructed(String instructionId, String requestId) {
        return new DebitInstructed(AUDIT, instructionId, requestId, UNIT, 408_000, "ICBC", ICBC.accountNumber(),
                ICBC.accountName(), NOW);
    }

    private static DebitSucceeded succeeded(String requestId, String instructionId) {
        return new DebitSucceeded(AUDIT, requestId, instructionId, UNIT, 408_000, "ICBC", ICBC.accountNumber(), NOW);
    }

    private static DebitFailed failed(String requestId, String instructionId, DebitFailureReason reason) {
        return new DebitFailed(AUDIT, requestId, instructionId, UNIT, reason.name(), reason.reason(), reason.retryable(), NOW);
    }
}
