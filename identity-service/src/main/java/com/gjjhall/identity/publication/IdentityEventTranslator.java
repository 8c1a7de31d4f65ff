package com.gjjhall.identity.publication;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.identity.CertificateIssued;
import com.gjjhall.contracts.identity.CertificateRevoked;
import com.gjjhall.contracts.identity.LoginFailed;
import com.gjjhall.contracts.identity.LoginSucceeded;
import com.gjjhall.contracts.identity.OnlineBusinessOpened;
import com.gjjhall.contracts.identity.OperatorChanged;
import com.gjjhall.contracts.identity.OperatorCredentialsReset;
import com.gjjhall.contracts.identity.OperatorFrozen;
import com.gjjhall.contracts.identity.OperatorMobileChanged;
import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.OperatorUnfrozen;
import com.gjjhall.contracts.identity.SessionRevoked;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.identity.certificate.ca.Certificates;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What identity-service tells the rest of the platform: every change of a unit, an operator, a certificate
 * or a session. Never a password, hash, PIN or private key: the domain events carry none to begin with.
 */
@Component
class IdentityEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        return Optional.ofNullable(units(domainEvent))
                .or(() -> Optional.ofNullable(operators(domainEvent)))
                .or(() -> Optional.ofNullable(logins(domainEvent)))
                .or(() -> Optional.ofNullable(certificates(domainEvent)));
    }

    private static IntegrationEvent units(Object event) {
        if (event instanceof com.gjjhall.identity.unit.UnitEnrolled e) {
            return new UnitEnrolled(e.unitId(), e.unifiedSocialCreditCode(), e.unitName(), e.enrolledAt());
        }
        if (event instanceof com.gjjhall.identity.unit.OnlineBusinessOpened e) {
            return new OnlineBusinessOpened(e.unitId(), e.agreementVersion(), e.signedBy(), e.openedAt());
        }
        return null;
    }

    private static IntegrationEvent operators(Object event) {
        if (event instanceof com.gjjhall.identity.operator.OperatorRegistered e) {
            return new OperatorRegistered(
                    e.operatorId(), e.unitId(), e.loginName(), e.mobile(), e.registeredAt());
        }
        if (event instanceof com.gjjhall.identity.operator.OperatorChanged e) {
            return new OperatorChanged(e.operatorId(), e.unitId(), e.operatorName(), e.mobile(), e.changedAt());
        }
        if (event instanceof com.gjjhall.identity.operator.OperatorMobileChanged e) {
            return new OperatorMobileChanged(e.operatorId(), e.unitId(), e.mobile(), e.changedAt());
        }
        if (event instanceof com.gjjhall.identity.operator.OperatorCredentialsReset e) {
            return new OperatorCredentialsReset(e.operatorId(), e.unitId(), e.loginName(), e.loginNameChanged(),
                    e.passwordReset(), e.resetAt());
        }
        if (event instanceof com.gjjhall.identity.operator.OperatorFrozen e) {
            return new OperatorFrozen(e.operatorId(), e.unitId(), e.frozenUntil(), e.frozenAt());
        }
        if (event instanceof com.gjjhall.identity.operator.OperatorUnfrozen e) {
            return new OperatorUnfrozen(e.operatorId(), e.unitId(), e.reason().name(), e.unfrozenAt());
        }
        return null;
    }

    private static IntegrationEvent logins(Object event) {
        if (event instanceof com.gjjhall.identity.operator.LoginSucceeded e) {
            return new LoginSucceeded(e.operatorId(), e.unitId(), e.sessionId(), e.certificateSerialNumber(),
                    e.loggedInAt());
        }
        if (event instanceof com.gjjhall.identity.operator.LoginFailed e) {
            return new LoginFailed(e.operatorId(), e.unitId(), e.reason().name(), e.wrongPasswordsToday(),
                    e.attemptedAt());
        }
        if (event instanceof com.gjjhall.identity.operator.SessionRevoked e) {
            return new SessionRevoked(e.sessionId(), e.operatorId(), e.unitId(), e.expiresAt(), e.revokedAt());
        }
        return null;
    }

    private static IntegrationEvent certificates(Object event) {
        if (event instanceof com.gjjhall.identity.certificate.CertificateIssued e) {
            return new CertificateIssued(e.serialNumber(), e.unitId(), e.operatorId(), e.algorithm().name(),
                    Certificates.sha256Fingerprint(e.certificate()), e.notBefore(), e.notAfter(), e.issuedAt());
        }
        if (event instanceof com.gjjhall.identity.certificate.CertificateRevoked e) {
            return new CertificateRevoked(e.serialNumber(), e.unitId(), e.operatorId(), e.reason().name(),
                    e.revokedAt());
        }
        return null;
    }
}
