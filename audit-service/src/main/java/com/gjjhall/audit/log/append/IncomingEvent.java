package com.gjjhall.audit.log.append;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.gjjhall.audit.log.Instants;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * A Kafka record as the log will store it. Every record is logged, even one without a usable envelope:
 * an audit log that drops what it cannot parse hides exactly what it should show. Such a record gets an
 * id made of its position ({@code kafka:<topic>/<partition>@<offset>}), which is the same every time the
 * record is read, so it too is logged once.
 */
public record IncomingEvent(String eventId, String eventType, String source, String subject, String unitId,
                            Instant occurredAt, String traceId, String topic, int partition, long offset,
                            String payload) {

    static final String UNKNOWN_TYPE = "unknown";
    private static final Logger log = LoggerFactory.getLogger(IncomingEvent.class);

    public TopicPartition topicPartition() {
        return new TopicPartition(topic, partition);
    }

    public static IncomingEvent of(ConsumerRecord<String, byte[]> record) {
        String id = header(record, EventEnvelope.Headers.ID);
        String type = header(record, EventEnvelope.Headers.TYPE);
        // PostgreSQL text cannot hold NUL; the replacement is deterministic, so a re-read logs the same text.
        String payload = record.value() == null ? ""
                : new String(record.value(), StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
        boolean malformed = id == null || id.isBlank() || type == null || type.isBlank();
        if (malformed) {
            log.warn("record {}/{}@{} has no ce_id or ce_type; logged under its position",
                    record.topic(), record.partition(), record.offset());
            id = "kafka:" + record.topic() + "/" + record.partition() + "@" + record.offset();
            type = type == null || type.isBlank() ? UNKNOWN_TYPE : type;
        }
        String subject = header(record, EventEnvelope.Headers.SUBJECT);
        return new IncomingEvent(id, type, header(record, EventEnvelope.Headers.SOURCE),
                subject == null ? record.key() : subject, unitOf(payload), time(record),
                header(record, EventEnvelope.Headers.TRACE_ID), record.topic(), record.partition(), record.offset(),
                payload);
    }

    /** {@code ce_time}, else the record's timestamp; kept to the microsecond, as PostgreSQL stores it. */
    private static Instant time(ConsumerRecord<String, byte[]> record) {
        String text = header(record, EventEnvelope.Headers.TIME);
        Instant time;
        try {
            time = text == null ? Instant.ofEpochMilli(record.timestamp()) : Instants.parse(text);
        } catch (DateTimeParseException e) {
            time = Instant.ofEpochMilli(record.timestamp());
        }
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    /** The body's top-level {@code unitId}, read with the streaming parser: it stops at the field. */
    private static String unitOf(String payload) {
        if (!payload.contains("\"unitId\"")) {
            return null;
        }
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("unitId".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
