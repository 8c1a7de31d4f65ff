package com.gjjhall.gateway.auth;

import java.util.List;

/** Who a valid token speaks for: the operator ({@code sub}), their unit ({@code unit}) and {@code roles}. */
public record Operator(String operatorId, String unitId, List<String> roles) {

    public Operator {
        roles = List.copyOf(roles);
    }
}
