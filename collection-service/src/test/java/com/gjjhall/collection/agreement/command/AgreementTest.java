package com.gjjhall.collection.agreement.command;

import com.gjjhall.collection.CollectionError;
import com.gjjhall.collection.shared.PayerAccountDetails;
import com.gjjhall.contracts.bank.VerificationOutcome;
import com.gjjhall.contracts.collection.AgreementApplicationType;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static com.gjjhall.contracts.collection.AgreementApplicationType.CHANGE;
import static com.gjjhall.contracts.collection.AgreementApplicationType.OPENING;
import static com.gjjhall.contracts.collection.AgreementApplicationType.REGISTRATION;

/** The agreement's rules: 1 to 3 accounts, each checked by its bank, online applications made effective by the bank. */
class AgreementTest {

    static final Instant NOW = Instant.parse("2026-11-02T01:30:00Z");
    static final String UNIT = "U0001";
    static final PayerAccountDetails ICBC = new PayerAccountDetails("ICBC", "3202000000000001", "示范单位");
    static final PayerAccountDetails CCB = new PayerAccountDetails("CCB", "4200000000000001", "示范单位（武汉）");
    static final PayerAccountDetails ABC = new PayerAccountDetails("ABC", "1700000000000001", "示范单位");
    static final PayerAccountDetails BOC = new PayerAccountDetails("BOC", "5600000000000001", "示范单位");

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCounterRegistrationTakesEffectOnceTheBankConfirmsEveryAccount() {
        fixture.given(history(submitted("AP1", REGISTRATION, List.of(ICBC, CCB), List.of(), List.of(ICBC, CCB)),
                        checkSent("AP1", 1, ICBC), checkSent("AP1", 2, CCB), verified("AP1", 1, ICBC)))
                .when(new RecordAccountVerificationCommand(UNIT, "AP1-2", VerificationOutcome.OK))
                .expectEvents(verified("AP1", 2, CCB),
                        new AgreementTookEffect(UNIT, "AP1", UNIT + "-CA1", REGISTRATION, List.of(ICBC, CCB), "CLERK", NOW));
    }

    @Test
    void anOnlineApplicationSendsEachAccountToItsBankFirst() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP1", OPENING, List.of(ICBC, CCB), List.of(), "OP1"))
                .expectEvents(new AgreementApplicationSubmitted(UNIT, "AP1", UNIT + "-CA1", OPENING, List.of(ICBC, CCB),
                                List.of(), List.of(ICBC, CCB), "OP1", NOW),
                        new PayerAccountVerificationRequested(UNIT, "AP1", "AP1-1", ICBC, NOW),
                        new PayerAccountVerificationRequested(UNIT, "AP1", "AP1-2", CCB, NOW));
    }

    @Test
    void anOnlineApplicationWaitsForTheBankAfterItsAccountsCheckOut() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new RecordAccountVerificationCommand(UNIT, "AP1-1", VerificationOutcome.OK))
                .expectEvents(verified("AP1", 1, ICBC),
                        new AgreementApplicationAccepted(UNIT, "AP1", UNIT + "-CA1", OPENING, List.of(ICBC), List.of(), "OP1", NOW));
    }

    @Test
    void theBankMakesAnAcceptedApplicationEffective() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC),
                        verified("AP1", 1, ICBC), accepted("AP1", OPENING, List.of(ICBC), List.of())))
                .when(new ConfirmAgreementApplicationCommand(UNIT, "AP1", "CLERK"))
                .expectEvents(new AgreementTookEffect(UNIT, "AP1", UNIT + "-CA1", OPENING, List.of(ICBC), "CLERK", NOW));
    }

    @Test
    void anApplicationStillBeingCheckedCannotBeMadeEffective() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new ConfirmAgreementApplicationCommand(UNIT, "AP1", "CLERK"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("APPLICATION_NOT_AWAITING_BANK: " + CollectionError.APPLICATION_NOT_AWAITING_BANK.message())
                .expectNoEvents();
    }

    @Test
    void aFourthPayerAccountIsRefused() {
        fixture.given(history(effective(List.of(ICBC, CCB, ABC))))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP2", CHANGE, List.of(BOC), List.of(), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("TOO_MANY_ACCOUNTS: 委托收款账户不得超过3个")
                .expectNoEvents();
    }

    @Test
    void fourAccountsInOneApplicationAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP1", OPENING, List.of(ICBC, CCB, ABC, BOC), List.of(), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("TOO_MANY_ACCOUNTS: 委托收款账户不得超过3个")
                .expectNoEvents();
    }

    @Test
    void aThirdAccountCanReplaceOneWhenThreeAreRegisteredAndTakesItsPlace() {
        fixture.given(history(effective(List.of(ICBC, CCB, ABC))))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP2", CHANGE, List.of(BOC), List.of(CCB.accountNumber()), "OP1"))
                .expectEvents(new AgreementApplicationSubmitted(UNIT, "AP2", UNIT + "-CA1", CHANGE, List.of(BOC),
                                List.of(CCB.accountNumber()), List.of(ICBC, BOC, ABC), "OP1", NOW),
                        new PayerAccountVerificationRequested(UNIT, "AP2", "AP2-1", BOC, NOW));
    }

    @Test
    void anAccountAlreadyRegisteredIsNotAddedTwice() {
        fixture.given(history(effective(List.of(ICBC))))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP2", CHANGE, List.of(ICBC), List.of(), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("ACCOUNT_ALREADY_REGISTERED: 该付款账户已登记委托收款");
    }

    @Test
    void aBankRefusalEndsTheApplicationInTheBanksWordsAndLeavesTheAgreementAsItWas() {
        fixture.given(history(effective(List.of(ICBC)), submitted("AP2", CHANGE, List.of(CCB), List.of(), List.of(ICBC, CCB)),
                        checkSent("AP2", 1, CCB)))
                .when(new RecordAccountVerificationCommand(UNIT, "AP2-1", VerificationOutcome.NAME_MISMATCH))
                .expectEvents(new AgreementApplicationRefused(UNIT, "AP2", CHANGE, CCB, "NAME_MISMATCH", "扣款户名不一致", NOW));
    }

    @Test
    void anUnknownAccountAndAnAbnormalOneAreRefusedInTheFaqsWords() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new RecordAccountVerificationCommand(UNIT, "AP1-1", VerificationOutcome.NOT_FOUND))
                .expectEvents(new AgreementApplicationRefused(UNIT, "AP1", OPENING, ICBC, "NOT_FOUND", "账号不存在", NOW));
        setUp();
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new RecordAccountVerificationCommand(UNIT, "AP1-1", VerificationOutcome.ABNORMAL_STATUS))
                .expectEvents(new AgreementApplicationRefused(UNIT, "AP1", OPENING, ICBC, "ABNORMAL_STATUS", "账户状态不正常", NOW));
    }

    @Test
    void aRepeatedOrLateBankAnswerChangesNothing() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC),
                        verified("AP1", 1, ICBC), accepted("AP1", OPENING, List.of(ICBC), List.of())))
                .when(new RecordAccountVerificationCommand(UNIT, "AP1-1", VerificationOutcome.NAME_MISMATCH))
                .expectNoEvents();
    }

    @Test
    void anUnansweredCheckIsSentAgainUnderTheSameRequestId() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new ResendAccountVerificationCommand(UNIT, "AP1-1"))
                .expectEvents(checkSent("AP1", 1, ICBC));
    }

    @Test
    void aSecondApplicationWaitsUntilTheFirstIsSettled() {
        fixture.given(history(submitted("AP1", OPENING, List.of(ICBC), List.of(), List.of(ICBC)), checkSent("AP1", 1, ICBC)))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP2", OPENING, List.of(CCB), List.of(), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("APPLICATION_PENDING: " + CollectionError.APPLICATION_PENDING.message());
    }

    @Test
    void openingAgainWhileAnAgreementIsInForceIsRefused() {
        fixture.given(history(effective(List.of(ICBC))))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP2", OPENING, List.of(CCB), List.of(), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("AGREEMENT_EXISTS: " + CollectionError.AGREEMENT_EXISTS.message());
    }

    @Test
    void cancellingSomeAccountsIsImmediateAndKeepsTheOthersInOrder() {
        fixture.given(history(effective(List.of(ICBC, CCB, ABC))))
                .when(new CancelPayerAccountsCommand(UNIT, "AP3", List.of(CCB.accountNumber()), "OP1"))
                .expectEvents(new PayerAccountsCancelled(UNIT, "AP3", UNIT + "-CA1", List.of(CCB.accountNumber()),
                        List.of(ICBC, ABC), "OP1", NOW));
    }

    @Test
    void theLastAccountCannotBeCancelledAloneTheMethodIsCancelledInstead() {
        fixture.given(history(effective(List.of(ICBC))))
                .when(new CancelPayerAccountsCommand(UNIT, "AP3", List.of(ICBC.accountNumber()), "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("LAST_ACCOUNT: " + CollectionError.LAST_ACCOUNT.message());
    }

    @Test
    void cancellingTheMethodEndsTheAgreementAndALaterRegistrationStartsANewOne() {
        fixture.given(history(effective(List.of(ICBC))))
                .when(new CancelAgreementCommand(UNIT, "AP3", "OP1"))
                .expectEvents(new AgreementCancelled(UNIT, "AP3", UNIT + "-CA1", "OP1", NOW));
        setUp();
        fixture.given(history(effective(List.of(ICBC)), new AgreementCancelled(UNIT, "AP3", UNIT + "-CA1", "OP1", NOW)))
                .when(new SubmitAgreementApplicationCommand(UNIT, "AP4", REGISTRATION, List.of(CCB), List.of(), "CLERK"))
                .expectEvents(new AgreementApplicationSubmitted(UNIT, "AP4", UNIT + "-CA2", REGISTRATION, List.of(CCB),
                                List.of(), List.of(CCB), "CLERK", NOW),
                        new PayerAccountVerificationRequested(UNIT, "AP4", "AP4-1", CCB, NOW));
    }

    @Test
    void nothingToCancelWithoutAnAgreement() {
        fixture.givenNoPriorActivity()
                .when(new CancelAgreementCommand(UNIT, "AP1", "OP1"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("NO_AGREEMENT: 未开通委托收款结算方式");
    }

    /** The events given, with lists of events spliced in. */
    private static List<Object> history(Object... events) {
        List<Object> history = new ArrayList<>();
        for (Object event : events) {
            if (event instanceof Object[] several) {
                history.addAll(List.of(several));
            } else {
                history.add(event);
            }
        }
        return history;
    }

    private static Object[] effective(List<PayerAccountDetails> accounts) {
        return new Object[] {
                submitted("AP0", REGISTRATION, accounts, List.of(), accounts),
                new AgreementTookEffect(UNIT, "AP0", UNIT + "-CA1", REGISTRATION, accounts, "CLERK", NOW)};
    }

    private static AgreementApplicationSubmitted submitted(String id, AgreementApplicationType type,
                                                           List<PayerAccountDetails> added, List<String> replaced,
                                                           List<PayerAccountDetails> resulting) {
        return new AgreementApplicationSubmitted(UNIT, id, UNIT + "-CA1", type, added, replaced, resulting,
                type == REGISTRATION ? "CLERK" : "OP1", NOW);
    }

    private static PayerAccountVerificationRequested checkSent(String applicationId, int n, PayerAccountDetails account) {
        return new PayerAccountVerificationRequested(UNIT, applicationId, applicationId + "-" + n, account, NOW);
    }

    private static PayerAccountVerified verified(String applicationId, int n, PayerAccountDetails account) {
        return new PayerAccountVerified(UNIT, applicationId, applicationId + "-" + n, account.accountNumber(), NOW);
    }

    private static AgreementApplicationAccepted accepted(String applicationId, AgreementApplicationType type,
                                                         List<PayerAccountDetails> added, List<String> replaced) {
        return new AgreementApplicationAccepted(UNIT, applicationId, UNIT + "-CA1", type, added, replaced, "OP1", NOW);
    }
}
