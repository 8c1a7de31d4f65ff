package com.gjjhall.gateway.trace;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * First filter of every request, routed or not: keeps a well-formed client trace id or makes one,
 * forwards it downstream, returns it to the client and writes one access-log line carrying it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TraceIdFilter implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("com.gjjhall.gateway.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String offered = exchange.getRequest().getHeaders().getFirst(TraceIds.HEADER);
        String traceId = TraceIds.isValid(offered) ? offered : TraceIds.newId();
        exchange.getAttributes().put(TraceIds.ATTRIBUTE, traceId);

        // Set just before commit: the routing filter adds the downstream's headers, which may carry their own copy.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(TraceIds.HEADER, traceId);
            return Mono.empty();
        });
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(TraceIds.HEADER, traceId))
                .build();
        return chain.filter(exchange.mutate().request(request).build())
                .doFinally(signal -> TraceIds.log(exchange, () -> log.info("{} {} {} {}ms",
                        exchange.getRequest().getMethod(),
                        exchange.getRequest().getPath().value(),
                        statusOf(exchange),
                        (System.nanoTime() - started) / 1_000_000)));
    }

    private static Object statusOf(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status == null ? "-" : status.value();
    }
}
