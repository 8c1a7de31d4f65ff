package com.gjjhall.gateway.auth;

import java.util.List;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Lets a routed request through only with a valid token (public paths aside), and tells the service
 * who is calling in {@code X-Unit-Id}, {@code X-Operator-Id}, {@code X-Operator-Roles}: those headers
 * come from the token alone, never from the client.
 */
public class TokenCheckFilter implements GlobalFilter, Ordered {

    public static final String UNIT_ID = "X-Unit-Id";
    public static final String OPERATOR_ID = "X-Operator-Id";
    public static final String OPERATOR_ROLES = "X-Operator-Roles";

    /** Well before routing (RouteToRequestUrlFilter is 10000, NettyRoutingFilter last). */
    static final int ORDER = -100;

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;

    public TokenCheckFilter(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().value();
        if (!path.startsWith("/api/") || PublicPaths.isPublic(request.getMethod(), path)) {
            return chain.filter(withIdentity(exchange, null));
        }
        String token = bearerToken(request.getHeaders());
        if (token == null) {
            return Mono.error(new GatewayException(GatewayError.UNAUTHENTICATED, "no bearer token"));
        }
        return verifier.verify(token).flatMap(operator -> chain.filter(withIdentity(exchange, operator)));
    }

    private static String bearerToken(HttpHeaders headers) {
        List<String> values = headers.getOrEmpty(HttpHeaders.AUTHORIZATION);
        if (values.size() != 1) {
            return null;
        }
        String value = values.get(0);
        if (value.length() <= BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = value.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
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
