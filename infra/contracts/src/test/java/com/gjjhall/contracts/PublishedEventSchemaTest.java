package com.gjjhall.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The records consumers compile against and the schemas other languages read must say the same thing. */
class PublishedEventSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void everyPublishedEventHasASchemaWhoseFieldsAreTheRecordsComponents() throws Exception {
        for (Class<? extends IntegrationEvent> event : EventCatalog.all()) {
            assertThat(event.isRecord()).as("%s is a record", event).isTrue();
            JsonNode schema = readSchema(EventType.of(event));
            Set<String> components = Arrays.stream(event.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
            Set<String> properties = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(properties::add);
            assertThat(properties).as("schema properties of %s", EventType.of(event)).isEqualTo(components);
            Set<String> required = new HashSet<>();
            schema.get("required").forEach(n -> required.add(n.asText()));
            assertThat(required).as("required fields of %s", EventType.of(event)).isSubsetOf(components);
            assertThat(schema.get("title").asText()).isEqualTo(EventType.of(event).toString());
            assertThat(schema.get("additionalProperties").asBoolean(true))
                    .as("%s forbids unknown fields, so a typo in a producer is caught", event).isFalse();
        }
    }

    @Test
    void everyExampleEventSerialisesToJsonItsSchemaAccepts() throws Exception {
        Set<Class<?>> covered = new HashSet<>();
        for (IntegrationEvent example : ContractExamples.all()) {
            EventType type = EventType.of(example.getClass());
            JsonSchema schema = schema(type);
            JsonNode json = EventJson.mapper().readTree(EventJson.write(example));
            Set<ValidationMessage> errors = schema.validate(json);
            assertThat(errors).as("%s against its schema", type).isEmpty();
            assertThat(EventJson.read(EventJson.write(example), example.getClass())).isEqualTo(example);
            covered.add(example.getClass());
        }
        assertThat(covered).as("an example for every published event")
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all());
    }

    @Test
    void aSchemaRefusesAnEventWithAMissingOrMistypedField() throws Exception {
        JsonSchema schema = schema(EventType.parse("identity.UnitEnrolled.v1"));
        JsonNode missing = EventJson.mapper().readTree("{\"unitId\":\"U1\",\"unitName\":\"示范单位\",\"enrolledAt\":\"2026-11-02T01:30:00Z\"}");
        assertThat(schema.validate(missing)).isNotEmpty();
        JsonNode badCode = EventJson.mapper().readTree("{\"unitId\":\"U1\",\"unifiedSocialCreditCode\":\"IIII\",\"unitName\":\"示范单位\",\"enrolledAt\":\"2026-11-02T01:30:00Z\"}");
        assertThat(schema.validate(badCode)).isNotEmpty();
    }

    @Test
    void logicalTypesRoundTripAndNameTheirTopic() {
        EventType type = EventType.parse("identity.UnitEnrolled.v1");
        assertThat(type).isEqualTo(new EventType("identity", "UnitEnrolled", 1));
        assertThat(type.topic()).isEqualTo(Topics.IDENTITY);
        for (Class<? extends IntegrationEvent> event : EventCatalog.all()) {
            EventType t = EventType.of(event);
            assertThat(EventType.parse(t.toString())).isEqualTo(t);
            assertThat(EventCatalog.classOf(t.toString())).contains(event);
            assertThat(Topics.all()).contains(t.topic());
        }
    }

    private static JsonSchema schema(EventType type) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return FACTORY.getSchema(readSchema(type), config);
    }

    private static JsonNode readSchema(EventType type) throws Exception {
        try (InputStream in = EventCatalog.class.getClassLoader().getResourceAsStream(EventCatalog.schemaResource(type))) {
            assertThat(in).as("schema %s", EventCatalog.schemaResource(type)).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
