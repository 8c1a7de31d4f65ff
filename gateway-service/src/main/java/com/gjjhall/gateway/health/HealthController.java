package com.gjjhall.gateway.health;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** Ops: the health of every service, read through the gateway. Role OPS, on the path and here. */
@RestController
class HealthController {

    private final HealthChecks checks;

    HealthController(HealthChecks checks) {
        this.checks = checks;
    }

    @PreAuthorize("hasRole('OPS')")
    @GetMapping(path = "/api/ops/health", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<List<ServiceHealth>> health() {
        return checks.all();
    }
}
