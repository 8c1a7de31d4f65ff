package com.gjjhall.audit.log;

import java.time.Instant;

/**
 * One stored entry of the log with everything ops may need to check it by hand: the event, where it
 * was read from, when it was logged, and its place in the hash chain.
 *
 * @param unitId     the unit the event's body names, when it names one (derived, not hashed)
 * @param hashScheme which {@link EntryHash} scheme {@code entryHash} follows
 */
public record AuditEntry(long sequenceNo, String eventId, String eventType, String source, String subject,
                         String unitId, Instant occurredAt, Instant recordedAt, String traceId, String topic,
                         int partition, long offset, String payload, String previousHash, String entryHash,
                         int hashScheme) {

    /** The hash this entry must carry, recomputed from its content and the previous entry's hash. */
    public String expectedHash(String previous) {
        return hashScheme == EntryHash.LEGACY_SCHEME
                ? EntryHash.legacy(previous, eventId, eventType, subject, topic, partition, offset, payload)
                : EntryHash.of(previous, this);
    }
}
