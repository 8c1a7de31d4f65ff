package com.gjjhall.remittance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Plays the other services and the banks on Kafka: publishes their events with the platform's envelope,
 * and reads what remittance-service published.
 */
public final class KafkaProbe implements AutoCloseable {

    /** One consumed event: its type and id from the headers, and its body. */
    public record Received(String type, String id, String key, JsonNode body) {
    }

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code event} as its producer would, under a new event id; returns the id. */
    public String publish(IntegrationEvent event) {
        return publish(event, UUID.randomUUID().toString());
    }

    public String publish(IntegrationEvent event, String eventId) {
        EventType type = EventType.of(event.getClass());
        RecordHeaders headers = new RecordHeaders();
        header(headers, EventEnvelope.Headers.SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        header(headers, EventEnvelope.Headers.ID, eventId);
        header(headers, EventEnvelope.Headers.TYPE, type.toString());
        header(headers, EventEnvelope.Headers.SOURCE, "/" + type.domain() + "-probe");
        header(headers, EventEnvelope.Headers.SUBJECT, event.subject());
        header(headers, EventEnvelope.Headers.TIME, Instant.now().toString());
        header(headers, EventEnvelope.Headers.TRACE_ID, "");
        try {
            producer.send(new ProducerRecord<>(type.topic(), null, event.subject(), EventJson.write(event), headers)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return eventId;
    }

    /** Everything on {@code topic} so far that matches, read from the start until it has {@code atLeast}. */
    public List<Received> await(String topic, int atLeast, Predicate<Received> matching, Duration timeout) {
        List<Received> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < atLeast && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    Received received = new Received(header(record.headers(), EventEnvelope.Headers.TYPE),
                            header(record.headers(), EventEnvelope.Headers.ID), record.key(), json(record.value()));
                    if (matching.test(received)) {
                        found.add(received);
                    }
                }
            }
        }
        return found;
    }

    @Override
    public void close() {
        producer.close();
    }

    private static JsonNode json(byte[] value) {
        try {
            return EventJson.mapper().readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(org.apache.kafka.common.header.Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
