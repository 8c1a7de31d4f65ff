package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The day's 6th wrong password froze the operator until {@code frozenUntil} (00:00 Asia/Shanghai). */
@Revision("1")
public record OperatorFrozen(String operatorId, String unitId, Instant frozenUntil, Instant frozenAt) {
}
