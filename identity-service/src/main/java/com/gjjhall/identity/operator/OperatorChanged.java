package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 操作员变更 done: the operator is now this person. */
@Revision("1")
public record OperatorChanged(String operatorId, String unitId, String operatorName, String mobile,
                              Instant changedAt) {
}
