package com.gjjhall.gateway.auth;

import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.problem.GatewayException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import reactor.core.publisher.Mono;

/**
 * Who may pass the gateway, decided by Spring Security on the canonical path ({@link CanonicalPathFilter}):
 * logging in, the key set, the revocation list and every service's OpenAPI document are open; {@code /api/*}
 * {@code /ops/**} and the gateway's own {@code /api/ops/**} need the OPS role; everything else under {@code /api/}
 * a valid token; the web app outside {@code /api/} is open. Each service checks the token and the role again
 * itself, as the gateway's own ops endpoints do ({@code @PreAuthorize}). Stateless: no session, no cookie, so no
 * CSRF to guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class GatewaySecurity {

    private static final String[] LOGIN = {"/api/identity/sessions", "/api/identity/login-challenges"};
    private static final String[] READABLE_BY_ANYONE = {"/api/identity/jwks", "/api/identity/crl", "/api/*/openapi"};

    /** The gateway takes no passwords: callers prove who they are with identity-service's token alone. */
    @Bean
    ReactiveAuthenticationManager tokensOnly() {
        return authentication -> Mono.error(
                new ProviderNotFoundException("the gateway authenticates bearer tokens only"));
    }

    @Bean
    SecurityWebFilterChain whoMayPass(ServerHttpSecurity http, TokenVerifier verifier) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(new BearerTokenWebFilter(verifier), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint((exchange, e) ->
                                Mono.error(new GatewayException(GatewayError.UNAUTHENTICATED, "no valid token")))
                        .accessDeniedHandler((exchange, e) ->
                                Mono.error(new GatewayException(GatewayError.FORBIDDEN, "role refused"))))
                .authorizeExchange(rules -> rules
                        .pathMatchers(HttpMethod.POST, LOGIN).permitAll()
                        .pathMatchers(HttpMethod.GET, READABLE_BY_ANYONE).permitAll()
                        .pathMatchers(HttpMethod.HEAD, READABLE_BY_ANYONE).permitAll()
                        .pathMatchers("/api/*/ops/**", "/api/ops/**").hasRole("OPS")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .build();
    }
}
