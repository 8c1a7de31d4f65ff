package com.gjjhall.identity.publication;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.identity.operator.OperatorRegistered;
import com.gjjhall.identity.unit.UnitEnrolled;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What identity-service tells the rest of the platform. */
@Component
class IdentityEventTranslator implements IntegrationEventTranslator {

    @Override
    public Optional<IntegrationEvent> translate(Object domainEvent) {
        if (domainEvent instanceof UnitEnrolled e) {
            return Optional.of(new com.gjjhall.contracts.identity.UnitEnrolled(
                    e.unitId(), e.unifiedSocialCreditCode(), e.unitName(), e.enrolledAt()));
        }
        if (domainEvent instanceof OperatorRegistered e) {
            return Optional.of(new com.gjjhall.contracts.identity.OperatorRegistered(
                    e.operatorId(), e.unitId(), e.loginName(), e.mobile(), e.registeredAt()));
        }
        return Optional.empty();
    }
}
