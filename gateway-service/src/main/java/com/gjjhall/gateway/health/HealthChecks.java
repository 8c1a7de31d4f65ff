package com.gjjhall.gateway.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gjjhall.gateway.routing.GatewayProperties;
import org.springframework.boot.actuate.health.CompositeHealth;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Asks every service the gateway routes to for its {@code /actuator/health}, all at once, each within the health
 * timeout, so one service that hangs shows DOWN and never holds up the answer; and the gateway's own health.
 */
@Component
class HealthChecks {

    static final String GATEWAY = "gateway-service";
    private static final String DOWN = "DOWN";

    private final Map<String, URI> services;
    private final Duration timeout;
    private final WebClient client;
    private final HealthEndpoint own;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    HealthChecks(GatewayProperties properties, WebClient.Builder webClient, HealthEndpoint own, ObjectMapper json) {
        this.services = properties.routes().byDomain();
        this.timeout = properties.healthTimeout();
        this.client = webClient.build();
        this.own = own;
        this.json = json;
    }

    /** The gateway first, then the services in the order of their routes. */
    Mono<List<ServiceHealth>> all() {
        return Flux.mergeSequential(gateway(), Flux.fromIterable(services.entrySet())
                        .flatMapSequential(service -> check(service.getKey() + "-service", service.getValue())))
                .collectList();
    }

    private Mono<ServiceHealth> gateway() {
        Instant started = clock.instant();
        return Mono.fromCallable(own::health).subscribeOn(Schedulers.boundedElastic())
                .map(health -> new ServiceHealth(GATEWAY, health.getStatus().getCode(), clock.instant(),
                        since(started), components(health)));
    }

    private Mono<ServiceHealth> check(String name, URI base) {
        Instant started = clock.instant();
        return client.get().uri(base.resolve("/actuator/health"))
                .exchangeToMono(response -> response.bodyToMono(JsonNode.class)
                        .defaultIfEmpty(json.nullNode())
                        .map(body -> answered(name, body, response.statusCode().value(), started)))
                .timeout(timeout)
                .onErrorResume(failure -> Mono.just(unanswered(name, failure, started)));
    }

    private ServiceHealth answered(String name, JsonNode body, int httpStatus, Instant started) {
        String status = body.path("status").asText("");
        ObjectNode details = body.isObject() ? ((ObjectNode) body).deepCopy() : json.createObjectNode();
        details.remove("status");
        if (status.isEmpty()) {
            status = DOWN;
            details.put("error", "健康检查应答无状态（HTTP " + httpStatus + "）");
        }
        return new ServiceHealth(name, status, clock.instant(), since(started), details.isEmpty() ? null : details);
    }

    private ServiceHealth unanswered(String name, Throwable failure, Instant started) {
        ObjectNode details = json.createObjectNode().put("error", reason(failure));
        return new ServiceHealth(name, DOWN, clock.instant(), since(started), details);
    }

    private String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return "响应超时（超过 " + timeout.toMillis() + " 毫秒）";
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return "无法连接";
            }
        }
        return "健康检查失败：" + failure.getClass().getSimpleName();
    }

    private JsonNode components(HealthComponent health) {
        if (!(health instanceof CompositeHealth composite) || composite.getComponents() == null) {
            return null;
        }
        ObjectNode components = json.createObjectNode();
        composite.getComponents().forEach((name, component) -> components.put(name, component.getStatus().getCode()));
        return json.createObjectNode().set("components", components);
    }

    private long since(Instant started) {
        return Duration.between(started, clock.instant()).toMillis();
    }
}
