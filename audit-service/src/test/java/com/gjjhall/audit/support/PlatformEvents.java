package com.gjjhall.audit.support;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.testkit.Infrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/** Publishes events as the platform's services and banks do: the contract's JSON, CloudEvents headers, keyed by subject. */
public final class PlatformEvents implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    public PlatformEvents(Infrastructure infrastructure) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code event} under a new event id, stamped now; returns the id. */
    public String publish(IntegrationEvent event) {
        return publish(event, UUID.randomUUID().toString(), Instant.now());
    }

    /** Publishes {@code event} under {@code eventId} (a redelivery uses the same id) with {@code time} as its {@code ce_time}. */
    public String publish(IntegrationEvent event, String eventId, Instant time) {
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), EventJson.write(event));
        header(record, EventEnvelope.Headers.SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        header(record, EventEnvelope.Headers.ID, eventId);
        header(record, EventEnvelope.Headers.TYPE, type.toString());
        header(record, EventEnvelope.Headers.SOURCE, source(type));
        header(record, EventEnvelope.Headers.SUBJECT, event.subject());
        header(record, EventEnvelope.Headers.TIME, time.toString());
        header(record, EventEnvelope.Headers.TRACE_ID, UUID.randomUUID().toString().replace("-", ""));
        send(record);
        return eventId;
    }

    /** A record as a broken producer might send it: no envelope at all. */
    public void publishRaw(String topic, String key, String body) {
        send(new ProducerRecord<>(topic, key, body.getBytes(StandardCharsets.UTF_8)));
    }

    private void send(ProducerRecord<String, byte[]> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String source(EventType type) {
        return switch (type.domain()) {
            case "bank.settlement" -> "/bank-simulator";
            case "bank.instruction" -> "/collection-service";
            default -> "/" + type.domain() + "-service";
        };
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
