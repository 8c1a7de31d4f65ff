package com.gjjhall.gateway.auth;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token, if any, and makes its verified {@link Operator} the request's authentication, with each
 * role as {@code ROLE_<role>}. It decides nothing itself: a missing or refused token leaves the request anonymous,
 * and {@link GatewaySecurity}'s rules refuse what an anonymous caller may not do, so a stale token sent to the
 * login page does not stop a login.
 */
final class BearerTokenWebFilter implements WebFilter {

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;

    BearerTokenWebFilter(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String token = bearerToken(exchange.getRequest().getHeaders());
        if (token == null) {
            return chain.filter(exchange);
        }
        return verifier.verify(token)
                .map(operator -> Optional.of(authentication(operator)))
                .onErrorResume(refused -> Mono.just(Optional.empty()))
                .flatMap(verified -> verified
                        .map(authentication -> chain.filter(exchange)
                                .contextWrite(ReactiveSecurityContextHolder.withAuthentication(authentication)))
                        .orElseGet(() -> chain.filter(exchange)));
    }

    private static PreAuthenticatedAuthenticationToken authentication(Operator operator) {
        return new PreAuthenticatedAuthenticationToken(operator, "",
                operator.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList());
    }

    /** One {@code Authorization: Bearer <token>} header, the scheme in any letter case; anything else is none. */
    static String bearerToken(HttpHeaders headers) {
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
}
