package com.gjjhall.contracts;

import java.time.Instant;

/**
 * The CloudEvents-style envelope of every Kafka record, carried in headers so consumers can route and
 * de-duplicate without parsing the body.
 *
 * @param id      unique and stable: a re-publish of the same stored event carries the same id
 * @param type    logical type, e.g. {@code identity.UnitEnrolled.v1}
 * @param source  the producing service, e.g. {@code /identity-service}
 * @param subject the aggregate the fact is about (also the record key)
 * @param time    when the fact happened
 * @param traceId the request that caused it, followed across services; may be empty
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, String traceId) {

    public static final String SPEC_VERSION = "1.0";

    /** Kafka header names. */
    public static final class Headers {
        public static final String SPEC_VERSION = "ce_specversion";
        public static final String ID = "ce_id";
        public static final String TYPE = "ce_type";
        public static final String SOURCE = "ce_source";
        public static final String SUBJECT = "ce_subject";
        public static final String TIME = "ce_time";
        public static final String TRACE_ID = "trace_id";

        private Headers() {
        }
    }

    public EventEnvelope {
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("an event envelope needs an id and a type");
        }
        traceId = traceId == null ? "" : traceId;
    }
}
