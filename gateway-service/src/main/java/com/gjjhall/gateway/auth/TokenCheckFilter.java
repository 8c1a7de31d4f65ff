package com.gjjhall.gateway.auth;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the service who is calling in {@code X-Unit-Id}, {@code X-Operator-Id}, {@code X-Operator-Roles}: those
 * headers come from the token {@link GatewaySecurity} verified, never from the client. Whether the request may pass
 * at all was decided there.
 */
public class TokenCheckFilter implements GlobalFilter, Ordered {

    public static final String UNIT_ID = "X-Unit-Id";
    public static final String OPERATOR_ID = "X-Operator-Id";
    public static final String OPERATOR_ROLES = "X-Operator-Roles";

    /** Well before routing (RouteToRequestUrlFilter is 10000, NettyRoutingFilter last). */
    static final int ORDER = -100;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(authentication -> authentication != null && authentication.getPrincipal() instanceof Operator)
                .map(authentication -> (Operator) authentication.getPrincipal())
                .map(operator -> withIdentity(exchange, operator))
                .switchIfEmpty(Mono.fromSupplier(() -> withIdentity(exchange, null)))
                .flatMap(chain::filter);
    }

    private static ServerWebExchange withIdentity(ServerWebExchange exchange, Operator operator) {
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
            headers.remove(UNIT_ID);
            headers.remove(OPERATOR_ID);
            headers.remove(OPERATOR_ROLES);
            if (operator != null) {
                headers.set(UNIT_ID, operator.unitId());
                headers.set(OPERATOR_ID, operator.operatorId());
                if (!operator.roles().isEmpty()) {
                    headers.set(OPERATOR_ROLES, String.join(",", operator.roles()));
                }
            }
        }).build();
        return exchange.mutate().request(request).build();
    }
}
