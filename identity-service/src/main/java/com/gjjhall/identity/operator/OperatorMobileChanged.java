package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The operator's mobile number changed. */
@Revision("1")
public record OperatorMobileChanged(String operatorId, String unitId, String mobile, Instant changedAt) {
}
