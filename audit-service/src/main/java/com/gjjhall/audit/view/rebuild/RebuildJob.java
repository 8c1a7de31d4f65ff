package com.gjjhall.audit.view.rebuild;

import java.time.Duration;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild of a view by replay, as ops follows it.
 *
 * @param version     the version of the view's tables the replay writes
 * @param upTo        replay only the events that had happened by then (the shadow is kept, not swapped in)
 * @param status      {@code RUNNING}, {@code DONE}, {@code FAILED} or {@code DISCARDED}
 * @param phase       {@code REPLAYING}, {@code WRITING}, {@code INDEXING}, {@code CATCHING_UP}, {@code SWAPPING}, then
 *                    {@code SWAPPED} (live now) or {@code KEPT} (beside the live view)
 * @param processed   log entries read so far
 * @param total       log entries the replay reads (the log's end when it started)
 * @param position    the last log entry the rebuilt version reflects
 * @param differences rows in which the rebuilt version differed from the live one at the swap
 */
public record RebuildJob(UUID id, String view, int version, Instant upTo, String status, String phase,
                         long processed, long total, long position, Long differences, String error,
                         Instant startedAt, Instant finishedAt) {

    @JsonProperty
    public int percent() {
        return total == 0 ? ("RUNNING".equals(status) ? 0 : 100) : (int) Math.min(100, processed * 100 / total);
    }

    /** Entries replayed per second so far (or over the whole job once finished). */
    @JsonProperty
    public long eventsPerSecond() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return processed * 1000 / millis;
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean kept() {
        return "DONE".equals(status) && "KEPT".equals(phase);
    }
}
