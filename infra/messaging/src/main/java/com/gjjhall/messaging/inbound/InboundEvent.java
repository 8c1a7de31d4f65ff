package com.gjjhall.messaging.inbound;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;

import java.nio.charset.StandardCharsets;

/**
 * One event as a consumer receives it: its envelope, where it was read from, and its JSON body. Consumers
 * read the fields they need ({@link #payloadAs}) and nothing more.
 */
public record InboundEvent(EventEnvelope envelope, String topic, int partition, long offset, byte[] payload) {

    public <T> T payloadAs(Class<T> type) {
        return EventJson.read(payload, type);
    }

    public String json() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    public String type() {
        return envelope.type();
    }
}
