package com.gjjhall.servicekit.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.servicekit.errors.ErrorCode;
import com.gjjhall.servicekit.errors.PlatformError;
import com.gjjhall.servicekit.errors.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every {@code /api/**} request needs a valid token, except the public paths; {@code /api/*}{@code /ops/**}
 * needs the OPS role too. The verified caller is put on the request for {@link CurrentOperator} parameters.
 */
public class TokenAuthenticationFilter extends OncePerRequestFilter {

    public static final String ATTRIBUTE = CurrentOperator.class.getName();

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final String BEARER = "Bearer ";

    private final TokenVerifier verifier;
    private final List<String> publicPaths;
    private final ObjectMapper json;

    public TokenAuthenticationFilter(TokenVerifier verifier, List<String> publicPaths, ObjectMapper json) {
        this.verifier = verifier;
        this.publicPaths = new ArrayList<>(publicPaths);
        this.publicPaths.add("/api/*/openapi");
        this.publicPaths.add("/api/*/openapi/**");
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/") || isPublic(path)) {
            chain.doFilter(request, response);
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith(BEARER)) {
            refuse(response, PlatformError.UNAUTHENTICATED);
            return;
        }
        CurrentOperator operator;
        try {
            operator = verifier.verify(authorization.substring(BEARER.length()).trim());
        } catch (InvalidTokenException e) {
            refuse(response, PlatformError.UNAUTHENTICATED);
            return;
        }
        if (PATHS.match("/api/*/ops/**", path) && !operator.hasRole(CurrentOperator.OPS)) {
            refuse(response, PlatformError.FORBIDDEN);
            return;
        }
        request.setAttribute(ATTRIBUTE, operator);
        chain.doFilter(request, response);
    }

    private boolean isPublic(String path) {
        return publicPaths.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private void refuse(HttpServletResponse response, ErrorCode code) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problem.of(code));
    }
}
