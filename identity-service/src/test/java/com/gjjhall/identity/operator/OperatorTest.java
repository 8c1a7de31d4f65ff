package com.gjjhall.identity.operator;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.mockito.Mockito.mock;

class OperatorTest {

    private static final String ID = "OP1";
    private static final Instant MORNING = Instant.parse("2026-11-23T01:00:00Z"); // 09:00 in Shanghai
    private static final Instant NEXT_MIDNIGHT = Instant.parse("2026-11-23T16:00:00Z");

    private final AggregateTestFixture<Operator> fixture = new AggregateTestFixture<>(Operator.class);
    private Clock clock = Clock.fixed(MORNING, ZoneOffset.UTC);

    @BeforeEach
    void resources() {
        fixture.registerInjectableResource(mock(LoginNameClaims.class));
        fixture.registerInjectableResource(mock(Credentials.class));
        fixture.registerInjectableResource(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        });
    }

    private OperatorRegistered registered() {
        return new OperatorRegistered(ID, "U1", "alice", "13800000001", Set.of("OPERATOR"), MORNING, "张三");
    }

    private LoginFailed wrong(int count) {
        return new LoginFailed(ID, "U1", LoginFailureReason.WRONG_PASSWORD, count, MORNING);
    }

    @Test
    void eachWrongPasswordCountsAndTheFifthStillLeavesOneTry() {
        fixture.given(registered(), wrong(1), wrong(2), wrong(3))
                .when(new RecordWrongPasswordCommand(ID))
                .expectEvents(wrong(4))
                .expectResultMessagePayload(new WrongPasswordOutcome(4, null));
    }

    @Test
    void theSixthWrongPasswordOfTheDayFreezesUntilMidnightInShanghai() {
        fixture.given(registered(), wrong(1), wrong(2), wrong(3), wrong(4), wrong(5))
                .when(new RecordWrongPasswordCommand(ID))
                .expectEvents(wrong(6), new OperatorFrozen(ID, "U1", NEXT_MIDNIGHT, MORNING))
                .expectResultMessagePayload(new WrongPasswordOutcome(6, NEXT_MIDNIGHT));
    }

    @Test
    void aFrozenOperatorCannotLogInEvenWithTheRightPassword() {
        fixture.given(registered(), new OperatorFrozen(ID, "U1", NEXT_MIDNIGHT, MORNING))
                .when(new RecordLoginCommand(ID, "s1", "ABC"))
                .expectException(BusinessException.class)
                .expectExceptionMessage("USER_FROZEN: " + IdentityError.USER_FROZEN.message())
                .expectNoEvents();
    }

    @Test
    void theNextDayTheFreezeIsOverAndTheCountStartsAgain() {
        clock = Clock.fixed(NEXT_MIDNIGHT.plusSeconds(60), ZoneOffset.UTC);
        fixture.given(registered(), wrong(6), new OperatorFrozen(ID, "U1", NEXT_MIDNIGHT, MORNING))
                .when(new RecordWrongPasswordCommand(ID))
                .expectEvents(new OperatorUnfrozen(ID, "U1", OperatorUnfrozen.UnfreezeReason.EXPIRED, NEXT_MIDNIGHT),
                        new LoginFailed(ID, "U1", LoginFailureReason.WRONG_PASSWORD, 1, NEXT_MIDNIGHT.plusSeconds(60)));
    }

    @Test
    void aCorrectLoginForgivesTheDaysWrongPasswords() {
        fixture.given(registered(), wrong(1), wrong(2), wrong(3), wrong(4), wrong(5),
                        new LoginSucceeded(ID, "U1", "s1", "ABC", MORNING))
                .when(new RecordWrongPasswordCommand(ID))
                .expectResultMessagePayload(new WrongPasswordOutcome(1, null));
    }

    @Test
    void aCredentialResetByAClerkLiftsTheFreeze() {
        fixture.given(registered(), wrong(6), new OperatorFrozen(ID, "U1", NEXT_MIDNIGHT, MORNING))
                .when(new ResetCredentialsCommand(ID, null, "NewPassw0rd"))
                .expectEvents(new OperatorCredentialsReset(ID, "U1", "alice", false, true, MORNING),
                        new OperatorUnfrozen(ID, "U1", OperatorUnfrozen.UnfreezeReason.RESET, MORNING));
    }

    @Test
    void aRefusedLoginIsRecordedWithItsReasonAndDoesNotCountAsAWrongPassword() {
        fixture.given(registered(), wrong(2))
                .when(new RecordLoginRefusalCommand(ID, LoginFailureReason.SIGNATURE_FAILED))
                .expectEvents(new LoginFailed(ID, "U1", LoginFailureReason.SIGNATURE_FAILED, 2, MORNING));
    }
}
