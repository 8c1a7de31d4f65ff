package com.gjjhall.messaging.outbox;

import com.gjjhall.contracts.IntegrationEvent;

import java.util.Optional;

/**
 * Says which domain events of a service become published facts, and how. A service (or each feature of
 * it) provides one; events no translator claims stay inside the service.
 */
public interface IntegrationEventTranslator {

    Optional<IntegrationEvent> translate(Object domainEvent);
}
