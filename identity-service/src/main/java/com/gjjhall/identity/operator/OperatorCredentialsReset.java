package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** 用户变更 done: login name and/or password reset; the day's wrong passwords are forgiven. */
@Revision("1")
public record OperatorCredentialsReset(String operatorId, String unitId, String loginName, boolean loginNameChanged,
                                       boolean passwordReset, Instant resetAt) {
}
