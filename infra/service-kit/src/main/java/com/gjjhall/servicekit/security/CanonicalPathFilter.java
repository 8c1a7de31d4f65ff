package com.gjjhall.servicekit.security;

import com.gjjhall.requestpaths.CanonicalPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Before anything reads the path (Spring Security's rules, the firewall, Spring MVC's dispatch), a request
 * spelled otherwise than its {@link CanonicalPath} is handed on as the canonical path: every reader then sees the
 * same path, the one the rules are written for. A request already canonical is handed on untouched.
 */
public class CanonicalPathFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String canonical = CanonicalPath.of(raw);
        chain.doFilter(canonical.equals(raw) ? request : new Canonical(request, canonical), response);
    }

    private static final class Canonical extends HttpServletRequestWrapper {

        private final String path;

        Canonical(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort())
                    .append(getRequestURI());
            return url;
        }

        @Override
        public String getServletPath() {
            return UriUtils.decode(path, StandardCharsets.UTF_8);
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
