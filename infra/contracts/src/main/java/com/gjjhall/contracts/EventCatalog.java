package com.gjjhall.contracts;

import com.gjjhall.contracts.identity.OperatorRegistered;
import com.gjjhall.contracts.identity.UnitEnrolled;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every published event of the platform. A new event is added here, with its schema. */
public final class EventCatalog {

    private static final List<Class<? extends IntegrationEvent>> EVENTS = List.of(
            UnitEnrolled.class,
            OperatorRegistered.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_TYPE = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(c -> EventType.of(c).toString(), Function.identity()));

    private EventCatalog() {
    }

    public static List<Class<? extends IntegrationEvent>> all() {
        return EVENTS;
    }

    public static Optional<Class<? extends IntegrationEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** Classpath location of the JSON Schema of an event type. */
    public static String schemaResource(EventType type) {
        return "schemas/" + type + ".schema.json";
    }
}
