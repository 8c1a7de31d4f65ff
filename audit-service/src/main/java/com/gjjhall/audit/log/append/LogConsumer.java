package com.gjjhall.audit.log.append;

import com.gjjhall.audit.AuditProperties;
import com.gjjhall.messaging.trace.TraceId;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads every platform and bank topic into the log, a poll's worth of records per transaction.
 *
 * <p>Its own consumer rather than the messaging module's per-record listener: under the month-end wave
 * one transaction per event (plus the processed-event row) would cap the log near the database's
 * single-row commit rate, while a batch per poll keeps up with the broker. Idempotency does not depend
 * on the listener: the log itself refuses an event id twice, and it keeps its position in each
 * partition in the same transaction as the entries ({@link LogAppender}). The consumer group only
 * spreads partitions over instances; offsets committed to it are for lag dashboards.
 */
@Component
class LogConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LogConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PAUSED_WAIT = Duration.ofMillis(300);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final LogAppender appender;
    private final Map<String, Object> config;
    private final List<String> topics;
    private final Map<TopicPartition, Long> expected = new HashMap<>();
    private final Set<TopicPartition> unpositioned = new HashSet<>();
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    LogConsumer(LogAppender appender, KafkaProperties kafka, AuditProperties properties,
                @Value("${spring.application.name}") String group) {
        this.appender = appender;
        this.topics = properties.log().topicsOrAll();
        this.config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.log().maxBatch());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "audit-log-consumer");
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer = kafka;
            kafka.subscribe(topics, new Rebalance());
            long backoff = 0;
            while (running) {
                try {
                    if (backoff > 0) {
                        Thread.sleep(backoff);
                    }
                    step(kafka);
                    backoff = 0;
                } catch (WakeupException e) {
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (RuntimeException e) {
                    backoff = Math.min(MAX_BACKOFF_MS, Math.max(200, backoff * 2));
                    log.warn("could not log a batch, retrying in {} ms: {}", backoff, e.toString());
                    // What was polled is not logged: read it again from the log's own positions.
                    unpositioned.addAll(kafka.assignment());
                }
            }
        }
    }

    private void step(KafkaConsumer<String, byte[]> kafka) throws InterruptedException {
        ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
        if (!unpositioned.isEmpty()) {
            Map<TopicPartition, Long> logged = appender.positions();
            for (TopicPartition partition : unpositioned) {
                setExpected(partition, logged.get(partition));
            }
            unpositioned.clear();
            rewind(kafka);
            return;
        }
        if (records.isEmpty()) {
            return;
        }
        List<IncomingEvent> batch = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            batch.add(IncomingEvent.of(record));
        }
        AppendOutcome outcome = appender.append(batch, expected, null);
        switch (outcome.kind()) {
            case APPENDED -> {
                traceEach(batch);
                expected.putAll(outcome.positions());
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                outcome.positions().forEach((partition, next) -> offsets.put(partition, new OffsetAndMetadata(next)));
                kafka.commitAsync(offsets, null);
            }
            case RESEEK -> {
                log.warn("the log stands elsewhere than this reader in some partitions; reading again from the log's positions");
                for (TopicPartition partition : kafka.assignment()) {
                    setExpected(partition, outcome.positions().get(partition));
                }
                rewind(kafka);
            }
            case PAUSED -> {
                rewind(kafka);
                Thread.sleep(PAUSED_WAIT.toMillis());
            }
        }
    }

    /** At debug level, one line per logged event under its trace id, so ops can follow a request into the log. */
    private static void traceEach(List<IncomingEvent> batch) {
        if (!log.isDebugEnabled()) {
            return;
        }
        for (IncomingEvent event : batch) {
            try (TraceId.Scope ignored = TraceId.open(event.traceId())) {
                log.debug("logged {} {} from {}/{}@{}", event.eventType(), event.eventId(), event.topic(),
                        event.partition(), event.offset());
            }
        }
    }

    private void setExpected(TopicPartition partition, Long next) {
        if (next == null) {
            expected.remove(partition);
        } else {
            expected.put(partition, next);
        }
    }

    /** Puts every assigned partition back where the log stands (its beginning when the log has nothing of it). */
    private void rewind(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> fromStart = new ArrayList<>();
        for (TopicPartition partition : kafka.assignment()) {
            Long next = expected.get(partition);
            if (next == null) {
                fromStart.add(partition);
            } else {
                kafka.seek(partition, next);
            }
        }
        if (!fromStart.isEmpty()) {
            kafka.seekToBeginning(fromStart);
        }
    }

    /** Runs inside {@code poll} on the consumer's thread. */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            unpositioned.addAll(partitions);
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(expected::remove);
            unpositioned.removeAll(partitions);
        }
    }
}
