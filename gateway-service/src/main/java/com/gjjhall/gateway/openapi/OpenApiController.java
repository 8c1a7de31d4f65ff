package com.gjjhall.gateway.openapi;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gjjhall.gateway.problem.GatewayError;
import com.gjjhall.gateway.routing.GatewayProperties;
import com.gjjhall.gateway.trace.TraceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/** The whole API in one place: an index of the services' OpenAPI documents, and all of them merged. */
@RestController
class OpenApiController {

    private static final Logger log = LoggerFactory.getLogger(OpenApiController.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;

    private final Map<String, URI> services;
    private final WebClient client;
    private final ObjectMapper json;

    OpenApiController(GatewayProperties properties, WebClient.Builder webClient, ObjectMapper json) {
        this.services = properties.routes().byDomain();
        this.client = webClient.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DOCUMENT_BYTES)).build();
        this.json = json;
    }

    record ServiceDocument(String name, String url) {
    }

    record Index(List<ServiceDocument> services) {
    }

    @GetMapping(path = "/openapi", produces = MediaType.APPLICATION_JSON_VALUE)
    Index index() {
        return new Index(services.keySet().stream().map(name -> new ServiceDocument(name, documentPath(name))).toList());
    }

    /** Each service's document under its name; a service that cannot answer gets {@code {"error": …}}. */
    @GetMapping(path = "/openapi/all", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ObjectNode> all(ServerWebExchange exchange) {
        String traceId = TraceIds.of(exchange);
        return Flux.fromIterable(services.entrySet())
                .flatMapSequential(service -> fetch(service.getKey(), service.getValue(), exchange, traceId))
                .collect(json::createObjectNode, (merged, named) -> merged.set(named.getT1(), named.getT2()));
    }

    private Mono<Tuple2<String, JsonNode>> fetch(String name, URI base, ServerWebExchange exchange, String traceId) {
        return client.get().uri(base.resolve(documentPath(name)))
                .header(TraceIds.HEADER, traceId)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(FETCH_TIMEOUT)
                .onErrorResume(failure -> {
                    TraceIds.log(exchange, () ->
                            log.warn("OpenAPI document of {} unavailable: {}", name, failure.toString()));
                    return Mono.just(json.createObjectNode().put("error", GatewayError.SERVICE_UNAVAILABLE.message()));
                })
                .map(document -> Tuples.of(name, document));
    }

    private static String documentPath(String service) {
        return "/api/" + service + "/openapi";
    }
}
