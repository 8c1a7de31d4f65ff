package com.gjjhall.collection.support;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.Topics;
import com.gjjhall.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The rest of the platform as collection-service meets it on Kafka, for tests: publishes what identity,
 * remittance and the banks would publish, and keeps everything seen on the topics collection-service writes.
 */
public final class TestWire {

    /** An event as read from Kafka. */
    public record Seen(String topic, String type, String subject, byte[] body) {
        public <T> T as(Class<T> type) {
            return EventJson.read(body, type);
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final List<Consumer<Seen>> listeners = new CopyOnWriteArrayList<>();

    public TestWire(Infrastructure infrastructure) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-wire-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.BANK_INSTRUCTION, Topics.COLLECTION));
        Thread reader = new Thread(() -> {
            while (true) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    Seen event = new Seen(r.topic(), new String(r.headers().lastHeader(EventEnvelope.Headers.TYPE).value(),
                            StandardCharsets.UTF_8), r.key(), r.value());
                    seen.add(event);
                    listeners.forEach(listener -> listener.accept(event));
                }
            }
        }, "test-wire");
        reader.setDaemon(true);
        reader.start();
    }

    public void onEvent(Consumer<Seen> listener) {
        listeners.add(listener);
    }

    /** Publishes {@code event} on its topic with the platform's envelope, as its producer would. */
    public void publish(IntegrationEvent event) {
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), EventJson.write(event));
        header(record, EventEnvelope.Headers.ID, UUID.randomUUID().toString());
        header(record, EventEnvelope.Headers.TYPE, type.toString());
        header(record, EventEnvelope.Headers.SOURCE, "/test");
        header(record, EventEnvelope.Headers.SUBJECT, event.subject());
        header(record, EventEnvelope.Headers.TIME, Instant.now().toString());
        header(record, EventEnvelope.Headers.TRACE_ID, "");
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every event of this published type seen so far that {@code matches}. */
    public <T extends IntegrationEvent> List<T> seen(Class<T> type, Predicate<T> matches) {
        String wanted = EventType.of(type).toString();
        return seen.stream().filter(s -> s.type().equals(wanted)).map(s -> s.as(type)).filter(matches).toList();
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
