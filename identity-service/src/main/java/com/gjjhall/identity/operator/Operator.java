package com.gjjhall.identity.operator;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.directory.UnitDirectory;
import com.gjjhall.servicekit.errors.BusinessException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An online-business operator (网上业务操作员) acting for one unit: who they are, and whether they may
 * log in today. Every login is one of its events, so it is snapshotted (fields, for Jackson).
 */
@Aggregate(snapshotTriggerDefinition = OperatorConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Operator {

    @AggregateIdentifier
    private String operatorId;
    private String unitId;
    private String loginName;
    private Instant frozenUntil;
    private LocalDate wrongPasswordDay;
    private int wrongPasswords;

    protected Operator() {
    }

    @CommandHandler
    public Operator(RegisterOperatorCommand command, LoginNameClaims loginNames, Credentials credentials,
                    UnitDirectory units, Clock clock) {
        units.requireEnrolled(command.unitId());
        loginNames.claim(command.loginName(), command.operatorId());
        credentials.set(command.operatorId(), command.initialPassword());
        apply(new OperatorRegistered(command.operatorId(), command.unitId(), command.loginName().value(),
                command.mobile(), command.roles(), clock.instant(), command.operatorName()));
    }

    @CommandHandler
    void handle(ChangeOperatorCommand command, Clock clock) {
        apply(new OperatorChanged(operatorId, unitId, command.operatorName(), command.mobile(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeMobileCommand command, Clock clock) {
        apply(new OperatorMobileChanged(operatorId, unitId, command.mobile(), clock.instant()));
    }

    /**
     * 用户变更: the old login name is let go and the new one claimed in the same transaction (one claim per
     * operator), so a name already taken undoes both. A reset also lifts a freeze.
     */
    @CommandHandler
    void handle(ResetCredentialsCommand command, LoginNameClaims loginNames, Credentials credentials, Clock clock) {
        Instant now = clock.instant();
        LoginName current = new LoginName(loginName);
        LoginName next = command.newLoginName() == null ? current : command.newLoginName();
        boolean renamed = !next.value().equals(current.value());
        if (!next.key().equals(current.key())) {
            loginNames.release(current, operatorId);
            loginNames.claim(next, operatorId);
        }
        if (command.newPassword() != null) {
            credentials.set(operatorId, command.newPassword());
        }
        apply(new OperatorCredentialsReset(operatorId, unitId, next.value(), renamed, command.newPassword() != null, now));
        if (frozenUntil != null) {
            apply(new OperatorUnfrozen(operatorId, unitId, OperatorUnfrozen.UnfreezeReason.RESET, now));
        }
    }

    @CommandHandler
    void handle(RecordLoginRefusalCommand command, Clock clock) {
        Instant now = clock.instant();
        endExpiredFreeze(now);
        apply(new LoginFailed(operatorId, unitId, command.reason(), wrongPasswordsOn(now), now));
    }

    @CommandHandler
    WrongPasswordOutcome handle(RecordWrongPasswordCommand command, Clock clock) {
        Instant now = clock.instant();
        endExpiredFreeze(now);
        if (isFrozen(now)) {
            apply(new LoginFailed(operatorId, unitId, LoginFailureReason.FROZEN, wrongPasswordsOn(now), now));
            return new WrongPasswordOutcome(wrongPasswordsOn(now), frozenUntil);
        }
        int count = WrongPasswordPolicy.countAfterWrongPassword(wrongPasswordDay, wrongPasswords, now);
        apply(new LoginFailed(operatorId, unitId, LoginFailureReason.WRONG_PASSWORD, count, now));
        if (!WrongPasswordPolicy.freezes(count)) {
            return new WrongPasswordOutcome(count, null);
        }
        Instant until = WrongPasswordPolicy.endOfFreeze(now);
        apply(new OperatorFrozen(operatorId, unitId, until, now));
        return new WrongPasswordOutcome(count, until);
    }

    @CommandHandler
    void handle(RecordLoginCommand command, Clock clock) {
        Instant now = clock.instant();
        endExpiredFreeze(now);
        if (isFrozen(now)) {
            // Another login froze the operator while this one was being checked.
            throw new BusinessException(IdentityError.USER_FROZEN);
        }
        apply(new LoginSucceeded(operatorId, unitId, command.sessionId(), command.certificateSerialNumber(), now));
    }

    @CommandHandler
    void handle(RevokeSessionCommand command, Clock clock) {
        apply(new SessionRevoked(command.sessionId(), operatorId, unitId, command.expiresAt(), clock.instant()));
    }

    private void endExpiredFreeze(Instant now) {
        if (frozenUntil != null && !now.isBefore(frozenUntil)) {
            apply(new OperatorUnfrozen(operatorId, unitId, OperatorUnfrozen.UnfreezeReason.EXPIRED, frozenUntil));
        }
    }

    private boolean isFrozen(Instant now) {
        return frozenUntil != null && now.isBefore(frozenUntil);
    }

    private int wrongPasswordsOn(Instant now) {
        return WrongPasswordPolicy.dayOf(now).equals(wrongPasswordDay) ? wrongPasswords : 0;
    }

    @EventSourcingHandler
    void on(OperatorRegistered event) {
        operatorId = event.operatorId();
        unitId = event.unitId();
        loginName = event.loginName();
    }

    @EventSourcingHandler
    void on(OperatorCredentialsReset event) {
        loginName = event.loginName();
        wrongPasswords = 0;
    }

    @EventSourcingHandler
    void on(LoginFailed event) {
        wrongPasswordDay = WrongPasswordPolicy.dayOf(event.attemptedAt());
        wrongPasswords = event.wrongPasswordsToday();
    }

    @EventSourcingHandler
    void on(LoginSucceeded event) {
        wrongPasswords = 0;
    }

    @EventSourcingHandler
    void on(OperatorFrozen event) {
        frozenUntil = event.frozenUntil();
    }

    @EventSourcingHandler
    void on(OperatorUnfrozen event) {
        frozenUntil = null;
    }
}
