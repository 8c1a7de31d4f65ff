package com.gjjhall.identity.operator;

import com.gjjhall.identity.directory.OperatorDirectory;

import java.time.Instant;
import java.util.Set;

/** An operator as clerks and the operator see it: no credential of any kind. */
public record OperatorView(String operatorId, String unitId, String loginName, String operatorName, String mobile,
                           Set<String> roles, boolean frozen) {

    public static OperatorView of(OperatorDirectory.Entry entry, Instant now) {
        return new OperatorView(entry.operatorId(), entry.unitId(), entry.loginName(), entry.operatorName(),
                entry.mobile(), entry.roles(), entry.isFrozenAt(now));
    }
}
