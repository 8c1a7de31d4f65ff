package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The operator may log in again; {@code unfrozenAt} is when the freeze ended. */
@Revision("1")
public record OperatorUnfrozen(String operatorId, String unitId, UnfreezeReason reason, Instant unfrozenAt) {

    /** Why a freeze ended. */
    public enum UnfreezeReason { EXPIRED, RESET }
}
