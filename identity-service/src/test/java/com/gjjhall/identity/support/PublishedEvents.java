package com.gjjhall.identity.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** What identity-service published on {@code identity.events}, read back from the real broker. */
public final class PublishedEvents {

    /** One published event: its logical type, key and JSON body. */
    public record Published(String type, String key, JsonNode body, String raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    /** Waits until every predicate is met by some event with record key {@code key}; returns all of its events. */
    @SafeVarargs
    public static List<Published> awaitFor(Infrastructure infrastructure, String key, Predicate<List<Published>>... until) {
        List<Published> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        seen.add(new Published(new String(r.headers().lastHeader(EventEnvelope.Headers.TYPE).value(),
                                StandardCharsets.UTF_8), r.key(), JSON.readTree(r.value()), r.value()));
                    }
                }
                for (Predicate<List<Published>> condition : until) {
                    if (!condition.test(seen)) {
                        return false;
                    }
                }
                return true;
            });
        }
        return seen;
    }

    public static Predicate<List<Published>> has(String type) {
        return events -> events.stream().anyMatch(e -> e.type().equals(type));
    }

    public static Predicate<List<Published>> has(String type, Predicate<JsonNode> body) {
        return events -> events.stream().anyMatch(e -> e.type().equals(type) && body.test(e.body()));
    }
}
