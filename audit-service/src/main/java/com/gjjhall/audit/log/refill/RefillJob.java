package com.gjjhall.audit.log.refill;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.UUID;

/**
 * A rebuild of the log from Kafka, as ops follows it.
 *
 * @param status     {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param partitions topic partitions read
 * @param total      records to read: from where the log stood (the beginning, for a lost log) to each
 *                   partition's end when the rebuild started
 * @param read       records read so far
 * @param appended   events logged
 * @param duplicates records whose event was logged already (re-publications of the same event)
 */
public record RefillJob(UUID id, String status, int partitions, long total, long read, long appended,
                        long duplicates, String error, Instant startedAt, Instant finishedAt) {

    @JsonProperty
    public int percent() {
        return total == 0 ? ("RUNNING".equals(status) ? 0 : 100) : (int) Math.min(100, read * 100 / total);
    }
}
