package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** A session token was revoked (logout) before it expired: refuse its jti until expiresAt. */
@PublishedEvent(name = "identity.SessionRevoked", version = 1)
public record SessionRevoked(String sessionId, String operatorId, String unitId, Instant expiresAt,
                             Instant revokedAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
