package com.gjjhall.servicekit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may reach what, decided by Spring Security on the path as Spring MVC parses it (decoded, path parameters
 * dropped), so no spelling of a path reaches a controller the plain path would not:
 * <ul>
 *   <li>the public paths ({@code gjj.tokens.public-paths}, every service's OpenAPI document) need no token;</li>
 *   <li>{@code /api/*}{@code /ops/**} needs the OPS role;</li>
 *   <li>everything else under {@code /api/} needs a valid token.</li>
 * </ul>
 * Each ops, clerk and staff endpoint checks its role itself too ({@code @PreAuthorize} or the caller's roles), so
 * a rule missed here is still refused there. Stateless: no session, no cookie, so no CSRF to guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class ServiceSecurityConfiguration {

    private static final List<String> ALWAYS_PUBLIC = List.of("/api/*/openapi", "/api/*/openapi/**");

    /** A service takes no passwords: callers prove who they are with identity-service's token alone. */
    @Bean
    AuthenticationManager tokensOnly() {
        return authentication -> {
            throw new ProviderNotFoundException("a service authenticates bearer tokens only");
        };
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ObjectMapper json) {
        return new ProblemSecurityResponses(json);
    }

    /** The firewall's rejections (a header or method it will not pass) in the platform's error format. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemSecurityResponses responses) {
        return responses;
    }

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, TokenVerifier verifier, SecurityProperties properties,
                                        ProblemSecurityResponses responses) throws Exception {
        List<String> publicPaths = new ArrayList<>(properties.publicPaths());
        publicPaths.addAll(ALWAYS_PUBLIC);
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(verifier), AnonymousAuthenticationFilter.class)
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                .authorizeHttpRequests(rules -> rules
                        // The request was decided on its first dispatch; a streamed answer's ASYNC dispatch and an
                        // ERROR dispatch carry no token of their own.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(publicPaths.toArray(String[]::new)).permitAll()
                        .requestMatchers("/api/*/ops/**").hasRole(CurrentOperator.OPS)
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().permitAll())
                .build();
    }
}
