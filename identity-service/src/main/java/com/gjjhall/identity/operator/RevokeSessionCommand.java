package com.gjjhall.identity.operator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Log out: the session token {@code sessionId} stops working before {@code expiresAt}. */
public record RevokeSessionCommand(@TargetAggregateIdentifier String operatorId, String sessionId,
                                   Instant expiresAt) {
}
