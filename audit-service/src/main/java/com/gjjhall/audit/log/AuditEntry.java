package com.gjjhall.audit.log;

import java.time.Instant;

/** One logged event, as ops reads it. */
public record AuditEntry(long sequenceNo, String eventId, String eventType, String source, String subject,
                         Instant occurredAt, String traceId, String topic, int partition, long offset,
                         String payload, String entryHash) {
}
