package com.gjjhall.audit.view.rebuild;

import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.view.LogReader;
import com.gjjhall.audit.view.ViewCatalog;
import com.gjjhall.audit.view.ViewVersions;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.errors.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Ops: the views, their rebuilds by replay, and how a rebuilt version differs from the live one. Role OPS, on the
 * path and here.
 */
@RestController
@PreAuthorize("hasRole('OPS')")
@RequestMapping("/api/audit/ops/views")
class ViewController {

    private final ViewCatalog catalog;
    private final ViewVersions versions;
    private final LogReader reader;
    private final ViewRebuilder rebuilder;

    ViewController(ViewCatalog catalog, ViewVersions versions, LogReader reader, ViewRebuilder rebuilder) {
        this.catalog = catalog;
        this.versions = versions;
        this.reader = reader;
        this.rebuilder = rebuilder;
    }

    /**
     * @param position the last log entry the live version reflects
     * @param behind   log entries it has still to apply
     */
    record ViewStatus(String view, int liveVersion, long position, long behind) {
    }

    /** @param upTo replay only the events that had happened by then (ISO-8601 instant); the result is kept, not swapped in */
    record RebuildRequest(String upTo) {
    }

    @GetMapping
    List<ViewStatus> views() {
        long head = reader.head();
        return catalog.all().stream().map(view -> versions.live(view.name())
                .map(live -> new ViewStatus(view.name(), live.version(), live.position(), head - live.position()))
                .orElse(new ViewStatus(view.name(), 0, 0, head))).toList();
    }

    @PostMapping("/{view}/rebuilds")
    ResponseEntity<RebuildJob> rebuild(@PathVariable String view, @RequestBody(required = false) RebuildRequest request) {
        Instant upTo = request == null ? null : instant(request.upTo());
        RebuildJob job = rebuilder.start(view, upTo);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/audit/ops/views/" + view + "/rebuilds/" + job.id())).body(job);
    }

    @GetMapping("/{view}/rebuilds")
    List<RebuildJob> rebuilds(@PathVariable String view) {
        return rebuilder.jobs(view);
    }

    @GetMapping("/{view}/rebuilds/{id}")
    RebuildJob rebuild(@PathVariable String view, @PathVariable UUID id) {
        return rebuilder.job(view, id);
    }

    @GetMapping("/{view}/rebuilds/{id}/differences")
    Differences differences(@PathVariable String view, @PathVariable UUID id,
                            @RequestParam(defaultValue = "100") int max) {
        return rebuilder.differences(view, id, Math.max(1, Math.min(max, 1000)));
    }

    @DeleteMapping("/{view}/rebuilds/{id}")
    ResponseEntity<Void> discard(@PathVariable String view, @PathVariable UUID id) {
        rebuilder.discard(view, id);
        return ResponseEntity.noContent().build();
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BusinessException(AuditError.INVALID_TIME, AuditError.INVALID_TIME.message(),
                    List.of(FieldProblem.of("upTo", AuditError.INVALID_TIME.message())));
        }
    }
}
