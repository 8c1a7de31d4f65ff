package com.gjjhall.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.gateway.trace.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The one place where failures inside the gateway (refused tokens, no route, a service that is down)
 * become {@code application/problem+json}. It wraps the whole chain, just inside the trace filter,
 * so the access log sees the final status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ProblemFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(ProblemFilter.class);

    private final ObjectMapper json;

    public ProblemFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return chain.filter(exchange).onErrorResume(failure -> {
            if (exchange.getResponse().isCommitted()) {
                return Mono.error(failure);
            }
            GatewayError error = classify(failure);
            report(exchange, error, failure);
            return write(exchange, error);
        });
    }

    static GatewayError classify(Throwable failure) {
        if (failure instanceof GatewayException refused) {
            return refused.error();
        }
        if (failure instanceof AccessDeniedException) {
            // A gateway endpoint's own role check (@PreAuthorize) refused the caller the path rule let through.
            return GatewayError.FORBIDDEN;
        }
        if (failure instanceof ResponseStatusException status) {
            return byStatus(status.getStatusCode());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Netty's ConnectTimeoutException and the "connection refused" exceptions are all ConnectExceptions.
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return GatewayError.SERVICE_UNAVAILABLE;
            }
            if (cause instanceof TimeoutException) {
                return GatewayError.GATEWAY_TIMEOUT;
            }
            if (cause instanceof IOException) {
                return GatewayError.BAD_GATEWAY;
            }
        }
        return GatewayError.INTERNAL_ERROR;
    }

    private static GatewayError byStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> GatewayError.UNAUTHENTICATED;
            case 404 -> GatewayError.NOT_FOUND;
            case 405 -> GatewayError.METHOD_NOT_ALLOWED;
            case 502 -> GatewayError.BAD_GATEWAY;
            case 503 -> GatewayError.SERVICE_UNAVAILABLE;
            case 504 -> GatewayError.GATEWAY_TIMEOUT;
            default -> status.is4xxClientError() ? GatewayError.BAD_REQUEST : GatewayError.INTERNAL_ERROR;
        };
    }

    private static void report(ServerWebExchange exchange, GatewayError error, Throwable failure) {
        String path = exchange.getRequest().getPath().value();
        TraceIds.log(exchange, () -> {
            if (error == GatewayError.INTERNAL_ERROR) {
                log.error("{} on {}", error, path, failure);
            } else if (error.status().is5xxServerError()) {
                log.warn("{} on {}: {}", error, path, failure.toString());
            } else {
                log.debug("{} on {}: {}", error, path, failure.getMessage());
            }
        });
    }

    private Mono<Void> write(ServerWebExchange exchange, GatewayError error) {
        ServerHttpResponse response = exchange.getResponse();
        byte[] body;
        try {
            body = json.writeValueAsBytes(Problem.of(error, TraceIds.of(exchange)));
        } catch (JsonProcessingException impossible) {
            return Mono.error(impossible);
        }
        response.setStatusCode(error.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        if (error == GatewayError.UNAUTHENTICATED) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
