package com.gjjhall.gateway.auth;

import com.gjjhall.requestpaths.CanonicalPath;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Before Spring Security decides and before a route is picked, a request spelled otherwise than its
 * {@link CanonicalPath} goes on as the canonical path, and that is the path the service receives: the gateway's
 * rules, its routes and the service's own rules all read one path. Just inside the trace and problem filters, so a
 * refusal still has its trace id and its problem+json.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class CanonicalPathFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getPath().pathWithinApplication().value();
        String canonical = CanonicalPath.of(raw);
        if (canonical.equals(raw)) {
            return chain.filter(exchange);
        }
        String contextPath = exchange.getRequest().getPath().contextPath().value();
        return chain.filter(exchange.mutate()
                .request(exchange.getRequest().mutate().path(contextPath + canonical).build())
                .build());
    }
}
