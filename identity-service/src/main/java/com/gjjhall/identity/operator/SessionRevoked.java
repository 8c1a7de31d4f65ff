package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A session token was revoked (logout): refused from now on, until it would have expired anyway. */
@Revision("1")
public record SessionRevoked(String sessionId, String operatorId, String unitId, Instant expiresAt,
                             Instant revokedAt) {
}
