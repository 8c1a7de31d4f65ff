package com.gjjhall.audit.log.refill;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every partition of the given topics from a starting offset to its end as it was when the merge
 * began, and hands the records out one at a time in timestamp order across partitions (each partition
 * in its own offset order). The original log interleaved partitions as its consumer happened to poll
 * them; the records' time is the closest reproducible order, and it keeps causes before effects across
 * topics (a review before the bank instruction it led to).
 */
final class PartitionMerge implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final int PAUSE_ABOVE = 20_000;
    private static final int RESUME_BELOW = 2_000;
    private static final Comparator<ConsumerRecord<String, byte[]>> ORDER = Comparator
            .<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::timestamp)
            .thenComparing(ConsumerRecord::topic).thenComparingInt(ConsumerRecord::partition)
            .thenComparingLong(ConsumerRecord::offset);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, Long> ends = new HashMap<>();
    private final Map<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> buffers = new HashMap<>();
    private final Set<TopicPartition> unread = new HashSet<>();
    private final Set<TopicPartition> paused = new HashSet<>();
    private final long total;

    /** @param startAt the next offset to read per partition; a partition not named is read from its beginning */
    PartitionMerge(Map<String, Object> config, List<String> topics, Map<TopicPartition, Long> startAt) {
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginnings = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> endOffsets = consumer.endOffsets(partitions);
        long records = 0;
        for (TopicPartition partition : partitions) {
            long start = Math.max(beginnings.get(partition), startAt.getOrDefault(partition, 0L));
            long end = endOffsets.get(partition);
            ends.put(partition, end);
            buffers.put(partition, new ArrayDeque<>());
            if (start < end) {
                consumer.seek(partition, start);
                unread.add(partition);
                records += end - start;
            } else {
                pause(partition);
            }
        }
        total = records;
    }

    int partitions() {
        return ends.size();
    }

    long total() {
        return total;
    }

    /** The next record in time order, or null when every partition has been read to its end. */
    ConsumerRecord<String, byte[]> next() {
        while (unread.stream().anyMatch(partition -> buffers.get(partition).isEmpty())) {
            fill();
        }
        ConsumerRecord<String, byte[]> earliest = null;
        TopicPartition from = null;
        for (Map.Entry<TopicPartition, ArrayDeque<ConsumerRecord<String, byte[]>>> buffer : buffers.entrySet()) {
            ConsumerRecord<String, byte[]> head = buffer.getValue().peekFirst();
            if (head != null && (earliest == null || ORDER.compare(head, earliest) < 0)) {
                earliest = head;
                from = buffer.getKey();
            }
        }
        if (from == null) {
            return null;
        }
        buffers.get(from).pollFirst();
        if (paused.contains(from) && unread.contains(from) && buffers.get(from).size() < RESUME_BELOW) {
            consumer.resume(List.of(from));
            paused.remove(from);
        }
        return earliest;
    }

    private void fill() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (record.offset() < ends.get(partition)) {
                buffers.get(partition).addLast(record);
            }
        }
        for (TopicPartition partition : List.copyOf(unread)) {
            if (consumer.position(partition) >= ends.get(partition)) {
                unread.remove(partition);
                pause(partition);
            } else if (buffers.get(partition).size() > PAUSE_ABOVE) {
                pause(partition);
            }
        }
    }

    private void pause(TopicPartition partition) {
        if (paused.add(partition)) {
            consumer.pause(List.of(partition));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
