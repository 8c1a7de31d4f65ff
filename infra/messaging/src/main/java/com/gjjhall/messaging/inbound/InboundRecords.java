package com.gjjhall.messaging.inbound;

import com.gjjhall.contracts.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the envelope headers of a Kafka record. */
public final class InboundRecords {

    private InboundRecords() {
    }

    public static InboundEvent toEvent(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String id = header(headers, EventEnvelope.Headers.ID);
        String type = header(headers, EventEnvelope.Headers.TYPE);
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new MalformedEventException("record " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no ce_id or ce_type header");
        }
        if (record.value() == null) {
            throw new MalformedEventException("event " + id + " has no body");
        }
        EventEnvelope envelope = new EventEnvelope(id, type, header(headers, EventEnvelope.Headers.SOURCE),
                header(headers, EventEnvelope.Headers.SUBJECT), time(headers, record.timestamp()),
                header(headers, EventEnvelope.Headers.TRACE_ID));
        return new InboundEvent(envelope, record.topic(), record.partition(), record.offset(), record.value());
    }

    private static Instant time(Headers headers, long recordTimestamp) {
        String text = header(headers, EventEnvelope.Headers.TIME);
        try {
            return text == null ? Instant.ofEpochMilli(recordTimestamp) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an ISO-8601 instant: " + text);
        }
    }

    public static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
