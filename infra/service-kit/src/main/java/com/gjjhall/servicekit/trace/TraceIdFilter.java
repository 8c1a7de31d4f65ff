package com.gjjhall.servicekit.trace;

import com.gjjhall.messaging.trace.TraceId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Carries the gateway's trace id (or a new one) through this request's log lines and back to the caller. */
public class TraceIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceId = TraceId.orNew(request.getHeader(TraceId.HTTP_HEADER));
        response.setHeader(TraceId.HTTP_HEADER, traceId);
        try (TraceId.Scope ignored = TraceId.open(traceId)) {
            chain.doFilter(request, response);
        }
    }
}
