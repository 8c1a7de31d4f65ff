package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A login of the operator was refused for {@code reason}; the count is the day's wrong passwords. */
@Revision("1")
public record LoginFailed(String operatorId, String unitId, LoginFailureReason reason, int wrongPasswordsToday,
                          Instant attemptedAt) {
}
