package com.gjjhall.messaging.deadletter;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.messaging.inbound.InboundEventProcessor;
import com.gjjhall.messaging.inbound.InboundRecords;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The service's dead letters, for ops: list what is parked, and re-drive it through the same idempotent
 * path as live events. Progress is kept as the committed offsets of the consumer group
 * {@code <group>.redrive}, so a re-drive never applies a parked event twice and never skips one.
 */
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);

    private final String bootstrapServers;
    private final String consumerGroup;
    private final InboundEventProcessor processor;
    private final KafkaTemplate<String, byte[]> kafka;

    public DeadLetters(String bootstrapServers, String consumerGroup, InboundEventProcessor processor,
                       KafkaTemplate<String, byte[]> kafka) {
        this.bootstrapServers = bootstrapServers;
        this.consumerGroup = consumerGroup;
        this.processor = processor;
        this.kafka = kafka;
    }

    public String topic() {
        return Topics.deadLetters(consumerGroup);
    }

    /** Every parked event not yet re-driven, oldest first per partition. */
    public synchronized List<DeadLetter> pending(int max) {
        List<DeadLetter> found = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            readPending(consumer, record -> {
                found.add(describe(record));
                return found.size() < max;
            });
        }
        return found;
    }

    /**
     * Re-applies every parked event through the idempotent path. One that fails again is parked anew
     * (at the end, with its new error) before its old place is released, so nothing is lost or blocked.
     */
    public synchronized RedriveReport redrive() {
        int[] counts = new int[2];
        List<DeadLetter> parkedAgain = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            readPending(consumer, record -> {
                try {
                    boolean fresh = processor.process(asOriginal(record));
                    counts[fresh ? 0 : 1]++;
                } catch (RuntimeException e) {
                    parkAgain(record, e);
                    parkedAgain.add(describe(record, String.valueOf(e.getMessage())));
                }
                consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
                return true;
            });
        }
        return new RedriveReport(counts[0], counts[1], parkedAgain);
    }

    private void parkAgain(ConsumerRecord<String, byte[]> record, RuntimeException failure) {
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(topic(), record.partition(), record.key(),
                record.value());
        record.headers().forEach(h -> {
            if (!KafkaHeaders.DLT_EXCEPTION_MESSAGE.equals(h.key())) {
                again.headers().add(h);
            }
        });
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                String.valueOf(failure.getMessage()).getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(again).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not park event again; re-drive stopped before it", e);
        }
    }

    private void readPending(Consumer<String, byte[]> consumer, Predicate<ConsumerRecord<String, byte[]>> visitor) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic(), Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new java.util.HashSet<>(partitions));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, Long> remaining = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata start = committed.get(partition);
            if (start == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, start.offset());
            }
            long end = ends.get(partition);
            if (consumer.position(partition) < end) {
                remaining.put(partition, end);
            }
        }
        while (!remaining.isEmpty()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                Long end = remaining.get(partition);
                if (end == null || record.offset() >= end) {
                    continue;
                }
                if (!visitor.test(record)) {
                    return;
                }
                if (record.offset() + 1 >= end) {
                    remaining.remove(partition);
                }
            }
        }
    }

    /** The parked record as it was first delivered: original topic, partition and offset. */
    private static ConsumerRecord<String, byte[]> asOriginal(ConsumerRecord<String, byte[]> parked) {
        String topic = InboundRecords.header(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        int partition = intHeader(parked, KafkaHeaders.DLT_ORIGINAL_PARTITION, parked.partition());
        long offset = longHeader(parked, KafkaHeaders.DLT_ORIGINAL_OFFSET, parked.offset());
        ConsumerRecord<String, byte[]> original = new ConsumerRecord<>(topic == null ? parked.topic() : topic,
                partition, offset, parked.key(), parked.value());
        parked.headers().forEach(h -> original.headers().add(h));
        return original;
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        return describe(record, InboundRecords.header(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE));
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record, String error) {
        return new DeadLetter(record.partition() + "@" + record.offset(),
                InboundRecords.header(record.headers(), EventEnvelope.Headers.ID),
                InboundRecords.header(record.headers(), EventEnvelope.Headers.TYPE),
                InboundRecords.header(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
                error,
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8));
    }

    private static int intHeader(ConsumerRecord<String, byte[]> record, String name, int fallback) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value().length != 4 ? fallback : java.nio.ByteBuffer.wrap(header.value()).getInt();
    }

    private static long longHeader(ConsumerRecord<String, byte[]> record, String name, long fallback) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value().length != 8 ? fallback : java.nio.ByteBuffer.wrap(header.value()).getLong();
    }

    private Consumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, consumerGroup + ".redrive",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }
}
