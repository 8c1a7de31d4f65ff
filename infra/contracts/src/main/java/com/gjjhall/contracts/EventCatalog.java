package com.gjjhall.contracts;

import com.gjjhall.contracts.account.AccountEvents;
import com.gjjhall.contracts.bank.BankInstructions;
import com.gjjhall.contracts.bank.BankSettlements;
import com.gjjhall.contracts.collection.CollectionEvents;
import com.gjjhall.contracts.identity.IdentityEvents;
import com.gjjhall.contracts.remittance.RemittanceEvents;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every published event of the platform: the lists of each producing domain. A new event is added to its
 * domain's list, with its schema under {@code schemas/} and an example in the tests.
 */
public final class EventCatalog {

    private static final List<Class<? extends IntegrationEvent>> EVENTS = Stream.of(
            IdentityEvents.ALL, AccountEvents.ALL, RemittanceEvents.ALL, CollectionEvents.ALL,
            BankInstructions.ALL, BankSettlements.ALL).flatMap(List::stream).toList();

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
