package com.gjjhall.audit.log;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.gjjhall.contracts.EventJson;

import java.io.IOException;
import java.time.Instant;

/**
 * One entry of the audit log as projections read it: the event and where it came from, without the
 * chain's hashes.
 *
 * @param sequenceNo the entry's place in the log (1, 2, 3 … with no holes)
 * @param occurredAt when the event happened, as its producer said ({@code ce_time})
 * @param recordedAt when the log received it
 */
public record LoggedEvent(long sequenceNo, String eventId, String eventType, String source, String subject,
                          Instant occurredAt, Instant recordedAt, String traceId, String topic, int partition,
                          long offset, String payload) {

    /** {@code remittance.RemittanceEntered} for {@code remittance.RemittanceEntered.v1}: projections read fields by name, so a compatible new version needs no change. */
    public String typeName() {
        int versionDot = eventType.lastIndexOf(".v");
        return versionDot > 0 ? eventType.substring(0, versionDot) : eventType;
    }

    /** The body as a JSON tree, or a missing node when the producer sent something that is not JSON. */
    public JsonNode json() {
        try {
            return EventJson.mapper().readTree(payload);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * The body's top-level scalar fields only (ids, amounts, times, reasons), read with the streaming
     * parser: what projections need, without building the lists an event may carry (a credited part's
     * employee lines). Empty when the body is not a JSON object.
     */
    public ObjectNode fields() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        try (JsonParser parser = EventJson.mapper().getFactory().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (value) {
                    case VALUE_STRING -> fields.put(name, parser.getText());
                    case VALUE_NUMBER_INT -> fields.put(name, parser.getLongValue());
                    case VALUE_NUMBER_FLOAT -> fields.put(name, parser.getDecimalValue());
                    case VALUE_TRUE, VALUE_FALSE -> fields.put(name, value == JsonToken.VALUE_TRUE);
                    case VALUE_NULL -> fields.putNull(name);
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return fields;
        }
        return fields;
    }
}
