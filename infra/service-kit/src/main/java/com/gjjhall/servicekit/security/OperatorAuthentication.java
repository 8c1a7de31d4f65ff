package com.gjjhall.servicekit.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller whose token held, as Spring Security sees them: the {@link CurrentOperator} as principal and each of
 * the token's roles as an authority {@code ROLE_<role>}, so {@code hasRole('OPS')} reads the token's roles.
 */
public final class OperatorAuthentication extends AbstractAuthenticationToken {

    private final CurrentOperator operator;

    public OperatorAuthentication(CurrentOperator operator) {
        super(operator.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
        this.operator = operator;
        setAuthenticated(true);
    }

    @Override
    public CurrentOperator getPrincipal() {
        return operator;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
