package com.gjjhall.audit.log.refill;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Ops: rebuild the log from Kafka after the database was lost, and follow it. Role OPS, on the path and here. */
@RestController
@PreAuthorize("hasRole('OPS')")
@RequestMapping("/api/audit/ops/log/rebuild-from-kafka")
class RefillController {

    private final KafkaLogRefill refill;

    RefillController(KafkaLogRefill refill) {
        this.refill = refill;
    }

    @PostMapping
    ResponseEntity<RefillJob> start() {
        RefillJob job = refill.start();
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/audit/ops/log/rebuild-from-kafka/" + job.id())).body(job);
    }

    /** The latest rebuilds, newest first (a running one is first). */
    @GetMapping
    List<RefillJob> jobs() {
        return refill.jobs();
    }

    @GetMapping("/{id}")
    RefillJob job(@PathVariable UUID id) {
        return refill.job(id);
    }
}
