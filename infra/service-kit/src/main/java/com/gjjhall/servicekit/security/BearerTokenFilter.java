package com.gjjhall.servicekit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads the bearer token, if any, and makes its verified caller the request's authentication. It decides
 * nothing itself: a missing or refused token leaves the request anonymous, and the authorisation rules of
 * {@link ServiceSecurityConfiguration} (on the parsed path) and {@code @PreAuthorize} (on the endpoint) refuse
 * what an anonymous caller may not do. Public paths ignore a stale token a client still sends.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;

    public BearerTokenFilter(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            try {
                CurrentOperator operator = verifier.verify(authorization.substring(BEARER.length()).trim());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new OperatorAuthentication(operator));
                SecurityContextHolder.setContext(context);
            } catch (InvalidTokenException refused) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
