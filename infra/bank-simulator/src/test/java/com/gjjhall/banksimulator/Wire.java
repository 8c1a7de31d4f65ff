package com.gjjhall.banksimulator;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.Topics;
import com.gjjhall.testkit.Infrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's end of the bank wire, for tests: sends instructions on {@code bank.instruction} as
 * collection-service and remittance-service do, and collects everything the banks say on {@code bank.settlement}.
 */
final class Wire implements AutoCloseable {

    /** A settlement as read from Kafka. */
    record Received(String eventId, String type, String subject, byte[] body) {
        <T> T as(Class<T> type) {
            return EventJson.read(body, type);
        }
    }

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean open = true;

    Wire(Infrastructure infrastructure) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "wire-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.BANK_SETTLEMENT));
        reader = new Thread(this::read, "wire-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try {
            while (open) {
                consumer.poll(Duration.ofMillis(100)).forEach(r -> received.add(new Received(
                        header(r.headers().lastHeader(EventEnvelope.Headers.ID).value()),
                        header(r.headers().lastHeader(EventEnvelope.Headers.TYPE).value()), r.key(), r.value())));
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    void send(IntegrationEvent instruction) {
        String type = EventType.of(instruction.getClass()).toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.BANK_INSTRUCTION, instruction.subject(),
                EventJson.write(instruction));
        header(record, EventEnvelope.Headers.ID, UUID.randomUUID().toString());
        header(record, EventEnvelope.Headers.TYPE, type);
        header(record, EventEnvelope.Headers.SOURCE, "/test-platform");
        header(record, EventEnvelope.Headers.SUBJECT, instruction.subject());
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

    /** Everything of this type said about {@code subject} so far. */
    <T> List<T> about(String subject, Class<T> type) {
        String wanted = EventType.of(type.asSubclass(IntegrationEvent.class)).toString();
        return received.stream().filter(r -> r.type().equals(wanted) && subject.equals(r.subject()))
                .map(r -> r.as(type)).toList();
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        producer.close();
    }
}
