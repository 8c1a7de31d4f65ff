package com.gjjhall.identity.session;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.identity.directory.OperatorDirectory;
import com.gjjhall.identity.operator.Credentials;
import com.gjjhall.identity.operator.LoginFailureReason;
import com.gjjhall.identity.operator.RecordLoginCommand;
import com.gjjhall.identity.operator.RecordLoginRefusalCommand;
import com.gjjhall.identity.operator.RecordWrongPasswordCommand;
import com.gjjhall.identity.operator.WrongPasswordOutcome;
import com.gjjhall.identity.operator.WrongPasswordPolicy;
import com.gjjhall.identity.token.TokenIssuer;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.security.CurrentOperator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;

/**
 * Login: login name + password + the USB key's signature over a fresh challenge. The checks run cheapest
 * first and the password last, so only someone holding the operator's key can spend their wrong-password
 * tries: a stranger who knows a login name cannot freeze its operator. Centre staff (no OPERATOR role) log
 * in with their password alone. Every refusal of a known operator is recorded, with its reason.
 */
@Service
public class LoginService {

    /** What the client sent; never printed with its password. */
    public record Attempt(String loginName, String password, String challenge, String certificate, String signature) {

        @Override
        public String toString() {
            return "Attempt[loginName=" + loginName + "]";
        }
    }

    /** A successful login. */
    public record LoggedIn(TokenIssuer.IssuedToken token, OperatorDirectory.Entry operator) {
    }

    private static final DateTimeFormatter FREEZE_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(WrongPasswordPolicy.FUND_CENTRE_TIME);

    private final OperatorDirectory operators;
    private final LoginChallenges challenges;
    private final PresentedCertificates certificates;
    private final Credentials credentials;
    private final TokenIssuer tokens;
    private final CommandGateway commands;
    private final Clock clock;
    private final Timer signatureChecks;

    LoginService(OperatorDirectory operators, LoginChallenges challenges, PresentedCertificates certificates,
                 Credentials credentials, TokenIssuer tokens, CommandGateway commands, Clock clock,
                 MeterRegistry meters) {
        this.operators = operators;
        this.challenges = challenges;
        this.certificates = certificates;
        this.credentials = credentials;
        this.tokens = tokens;
        this.commands = commands;
        this.clock = clock;
        this.signatureChecks = Timer.builder("identity.login.certificate")
                .description("Checking the presented certificate and verifying its signature over the challenge")
                .register(meters);
    }

    public LoggedIn login(Attempt attempt) {
        // Used up first, whatever happens next: a challenge is never good for a second attempt.
        boolean freshChallenge = challenges.consume(attempt.challenge());
        OperatorDirectory.Entry operator = operators.byLoginName(attempt.loginName())
                .orElseThrow(() -> new BusinessException(IdentityError.UNKNOWN_USER));
        Instant now = clock.instant();
        if (operator.isFrozenAt(now)) {
            throw refused(operator, LoginFailureReason.FROZEN, frozen(operator.frozenUntil()));
        }
        String certificateSerial = null;
        if (operator.hasRole(CurrentOperator.OPERATOR)) {
            certificateSerial = signedByTheOperatorsKey(operator, attempt, freshChallenge, now);
        }
        if (!credentials.matches(operator.operatorId(), attempt.password())) {
            WrongPasswordOutcome outcome = commands.sendAndWait(new RecordWrongPasswordCommand(operator.operatorId()));
            if (outcome.frozen()) {
                throw frozen(outcome.frozenUntil());
            }
            throw new BusinessException(IdentityError.WRONG_PASSWORD, "登录密码错误，再输错"
                    + WrongPasswordPolicy.wrongPasswordsUntilFreeze(outcome.wrongPasswordsToday()) + "次将暂时冻结");
        }
        TokenIssuer.IssuedToken token = tokens.issue(operator);
        commands.sendAndWait(new RecordLoginCommand(operator.operatorId(), token.id(), certificateSerial));
        return new LoggedIn(token, operator);
    }

    /** The serial of the certificate that signed the challenge; refuses otherwise. */
    private String signedByTheOperatorsKey(OperatorDirectory.Entry operator, Attempt attempt, boolean freshChallenge,
                                           Instant now) {
        long started = System.nanoTime();
        try {
            X509Certificate certificate = certificates.validFor(operator, attempt.certificate(), now)
                    .orElseThrow(() -> refused(operator, LoginFailureReason.CERTIFICATE_INVALID,
                            new BusinessException(IdentityError.CERTIFICATE_INVALID)));
            if (!freshChallenge) {
                throw refused(operator, LoginFailureReason.CHALLENGE_INVALID, new BusinessException(
                        IdentityError.CHALLENGE_INVALID, "签名失败：登录验证串已使用或已过期，请重新登录"));
            }
            if (!PresentedCertificates.signed(certificate, attempt.challenge(), attempt.signature())) {
                throw refused(operator, LoginFailureReason.SIGNATURE_FAILED,
                        new BusinessException(IdentityError.SIGNATURE_FAILED));
            }
            return Certificates.serialOf(certificate);
        } finally {
            signatureChecks.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private BusinessException refused(OperatorDirectory.Entry operator, LoginFailureReason reason,
                                      BusinessException refusal) {
        commands.sendAndWait(new RecordLoginRefusalCommand(operator.operatorId(), reason));
        return refusal;
    }

    private static BusinessException frozen(Instant until) {
        return new BusinessException(IdentityError.USER_FROZEN,
                "用户已暂时冻结（当日登录密码错误已达" + WrongPasswordPolicy.FREEZING_WRONG_PASSWORD + "次），请于"
                        + FREEZE_END.format(until) + "后再登录");
    }
}
