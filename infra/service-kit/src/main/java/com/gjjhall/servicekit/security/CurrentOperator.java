package com.gjjhall.servicekit.security;

import java.util.Set;

/**
 * Who is calling, as the verified token says: the operator (网上业务操作员), the unit (单位) they act
 * for, and their roles. Controllers take it as a parameter; a request never names its own unit.
 */
public record CurrentOperator(String operatorId, String unitId, String loginName, Set<String> roles) {

    public static final String OPERATOR = "OPERATOR";
    public static final String CLERK = "CLERK";
    public static final String OPS = "OPS";

    public CurrentOperator {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
