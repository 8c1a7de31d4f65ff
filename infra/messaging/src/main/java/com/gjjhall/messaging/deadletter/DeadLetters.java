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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The service's dead letters, for ops: list what is parked, and re-drive it through the same idempotent
 * path as live events. Progress is kept as the committed offsets of the consumer group
 * {@code <group>.redrive}, so a re-drive of all never applies a parked event twice and never skips one.
 *
 * <p>One letter re-driven alone cannot move that offset past it while letters before it still wait, so what
 * happened to it is read from elsewhere: applied, its event's id is in the processor's processed events and the
 * letter is no longer listed; failed again, it is parked anew with its new error and a header naming the place it
 * takes over, and the old place is no longer listed. A re-drive of all finds the applied one already applied and
 * passes over a place taken over.
 */
public class DeadLetters {

    /** Header of a letter parked again after a re-drive of it alone: the position it takes over. */
    static final String TAKES_OVER = "gjj_dlt_takes_over";

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

    /** Every parked event not yet re-driven and not applied since, oldest first per partition. */
    public synchronized List<DeadLetter> pending(int max) {
        Map<String, ConsumerRecord<String, byte[]>> waiting = new LinkedHashMap<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            readPending(consumer, partition -> true, record -> {
                String replaced = header(record.headers(), TAKES_OVER);
                if (replaced != null) {
                    waiting.remove(replaced);
                }
                waiting.put(position(record), record);
            });
        }
        Set<String> applied = processor.alreadyApplied(waiting.values().stream()
                .map(record -> header(record.headers(), EventEnvelope.Headers.ID)).filter(Objects::nonNull).toList());
        return waiting.values().stream()
                .filter(record -> {
                    String eventId = header(record.headers(), EventEnvelope.Headers.ID);
                    return eventId == null || !applied.contains(eventId);
                })
                .limit(max).map(DeadLetters::describe).toList();
    }

    /**
     * Re-applies every parked event through the idempotent path. One that fails again is parked anew
     * (at the end, with its new error) before its old place is released, so nothing is lost or blocked.
     */
    public synchronized RedriveReport redrive() {
        int[] counts = new int[2];
        List<DeadLetter> parkedAgain = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            Set<String> takenOver = new HashSet<>();
            readPending(consumer, partition -> true, record -> {
                String replaced = header(record.headers(), TAKES_OVER);
                if (replaced != null) {
                    takenOver.add(replaced);
                }
            });
            readPending(consumer, partition -> true, record -> {
                if (!takenOver.contains(position(record))) {
                    try {
                        boolean fresh = processor.process(asOriginal(record));
                        counts[fresh ? 0 : 1]++;
                    } catch (RuntimeException e) {
                        parkedAgain.add(parkAgain(record, e, null));
                    }
                }
                consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
            });
        }
        return new RedriveReport(counts[0], counts[1], parkedAgain);
    }

    /**
     * Re-applies the one letter at {@code position} ({@code partition@offset}, as listed) through the idempotent
     * path. @throws UnknownDeadLetterException when no listed letter is there
     */
    public synchronized LetterRedrive redrive(String position) {
        Position at = Position.parse(position);
        if (at == null) {
            throw new UnknownDeadLetterException(position);
        }
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>(1);
        boolean[] takenOver = {false};
        try (Consumer<String, byte[]> consumer = consumer()) {
            readPending(consumer, partition -> partition.partition() == at.partition(), record -> {
                if (record.offset() == at.offset()) {
                    found.add(record);
                }
                takenOver[0] |= at.toString().equals(header(record.headers(), TAKES_OVER));
            });
        }
        if (found.isEmpty() || takenOver[0]) {
            throw new UnknownDeadLetterException(position);
        }
        ConsumerRecord<String, byte[]> letter = found.get(0);
        try {
            return processor.process(asOriginal(letter)) ? LetterRedrive.applied(at.toString())
                    : LetterRedrive.alreadyApplied(at.toString());
        } catch (RuntimeException e) {
            return LetterRedrive.failedAgain(at.toString(), parkAgain(letter, e, at.toString()));
        }
    }

    /** @param takesOver the position the new letter replaces on the list, or null when that place is released */
    private DeadLetter parkAgain(ConsumerRecord<String, byte[]> record, RuntimeException failure, String takesOver) {
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(topic(), record.partition(), record.key(),
                record.value());
        record.headers().forEach(h -> {
            if (!KafkaHeaders.DLT_EXCEPTION_MESSAGE.equals(h.key()) && !TAKES_OVER.equals(h.key())) {
                again.headers().add(h);
            }
        });
        String error = String.valueOf(failure.getMessage());
        again.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, error.getBytes(StandardCharsets.UTF_8));
        if (takesOver != null) {
            again.headers().add(TAKES_OVER, takesOver.getBytes(StandardCharsets.UTF_8));
        }
        RecordMetadata parked;
        try {
            parked = kafka.send(again).get(30, TimeUnit.SECONDS).getRecordMetadata();
        } catch (Exception e) {
            throw new IllegalStateException("could not park event again; re-drive stopped before it", e);
        }
        return describe(new Position(parked.partition(), parked.offset()).toString(), again.headers(), again.value(),
                error);
    }

    /** Visits the records of the chosen partitions from the committed offset to the end as it is now. */
    private void readPending(Consumer<String, byte[]> consumer, Predicate<TopicPartition> chosen,
                             Visitor visitor) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic(), Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).filter(chosen).toList();
        if (partitions.isEmpty()) {
            return;
        }
        consumer.assign(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
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
                visitor.visit(record);
            }
            // The end may be a transaction marker, which is never handed out: the position passes it all the same.
            remaining.keySet().removeIf(partition -> consumer.position(partition) >= remaining.get(partition));
        }
    }

    /** The parked record as it was first delivered: original topic, partition and offset. */
    private static ConsumerRecord<String, byte[]> asOriginal(ConsumerRecord<String, byte[]> parked) {
        String topic = header(parked.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        int partition = intHeader(parked, KafkaHeaders.DLT_ORIGINAL_PARTITION, parked.partition());
        long offset = longHeader(parked, KafkaHeaders.DLT_ORIGINAL_OFFSET, parked.offset());
        ConsumerRecord<String, byte[]> original = new ConsumerRecord<>(topic == null ? parked.topic() : topic,
                partition, offset, parked.key(), parked.value());
        parked.headers().forEach(h -> original.headers().add(h));
        return original;
    }

    private static String position(ConsumerRecord<String, byte[]> record) {
        return new Position(record.partition(), record.offset()).toString();
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        return describe(position(record), record.headers(), record.value(),
                header(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE));
    }

    private static DeadLetter describe(String position, Headers headers, byte[] value, String error) {
        return new DeadLetter(position, header(headers, EventEnvelope.Headers.ID),
                header(headers, EventEnvelope.Headers.TYPE), header(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC), error,
                value == null ? null : new String(value, StandardCharsets.UTF_8));
    }

    private static String header(Headers headers, String name) {
        return InboundRecords.header(headers, name);
    }

    private static int intHeader(ConsumerRecord<String, byte[]> record, String name, int fallback) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value().length != 4 ? fallback : ByteBuffer.wrap(header.value()).getInt();
    }

    private static long longHeader(ConsumerRecord<String, byte[]> record, String name, long fallback) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value().length != 8 ? fallback : ByteBuffer.wrap(header.value()).getLong();
    }

    private Consumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, consumerGroup + ".redrive",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private interface Visitor {
        void visit(ConsumerRecord<String, byte[]> record);
    }

    /** Where a letter sits on the dead-letter topic, written {@code partition@offset}. */
    private record Position(int partition, long offset) {

        /** @return null unless {@code text} is a position */
        static Position parse(String text) {
            int at = text == null ? -1 : text.indexOf('@');
            if (at < 1) {
                return null;
            }
            try {
                Position position = new Position(Integer.parseInt(text.substring(0, at)),
                        Long.parseLong(text.substring(at + 1)));
                return position.partition >= 0 && position.offset >= 0 ? position : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String toString() {
            return partition + "@" + offset;
        }
    }
}
