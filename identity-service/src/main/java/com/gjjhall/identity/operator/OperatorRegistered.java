package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Set;

/**
 * An operator was registered for a unit. Carries no password or hash; {@code operatorName} may be
 * absent (registrations before names were kept).
 */
@Revision("1")
public record OperatorRegistered(String operatorId, String unitId, String loginName, String mobile,
                                 Set<String> roles, Instant registeredAt, String operatorName) {
}
