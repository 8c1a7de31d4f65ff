package com.gjjhall.gateway.revocation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.identity.SessionRevoked;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads identity-service's {@code identity.SessionRevoked} events into {@link RevokedTokens}. Every gateway
 * instance reads all of them (no consumer group, nothing committed): each must refuse every revoked token.
 * At start it reads back one token lifetime, so a restarted gateway still knows the recent logouts.
 */
public final class RevocationListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevocationListener.class);
    private static final String REVOKED = EventType.of(SessionRevoked.class).toString();
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration FETCH_WAIT = Duration.ofMillis(200);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final RevokedTokens revoked;
    private final RevocationProperties properties;
    private final Clock clock;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    public RevocationListener(RevokedTokens revoked, RevocationProperties properties, Clock clock) {
        this.revoked = revoked;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "token-revocations");
        thread.setDaemon(true);
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
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(config(), new StringDeserializer(),
                    new ByteArrayDeserializer())) {
                consumer = kafka;
                readFromLookback(kafka);
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("cannot read token revocations, retrying in {}: {}", RETRY, e.toString());
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void readFromLookback(KafkaConsumer<String, byte[]> kafka) {
        List<TopicPartition> partitions = kafka.partitionsFor(Topics.IDENTITY, Duration.ofSeconds(10)).stream()
                .map(PartitionInfo::partition).map(p -> new TopicPartition(Topics.IDENTITY, p)).toList();
        kafka.assign(partitions);
        long since = clock.instant().minus(properties.lookback()).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since));
        Map<TopicPartition, OffsetAndTimestamp> starts = kafka.offsetsForTimes(times);
        Map<TopicPartition, Long> ends = kafka.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp start = starts.get(partition);
            kafka.seek(partition, start == null ? ends.get(partition) : start.offset());
        }
        while (running) {
            for (ConsumerRecord<String, byte[]> record : kafka.poll(POLL)) {
                apply(record);
            }
            if (!revoked.isCaughtUp() && reached(kafka, ends)) {
                revoked.markCaughtUp();
                log.info("token revocations read back {}: {} revoked tokens still live", properties.lookback(), revoked.size());
            }
            revoked.forgetExpired();
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> kafka.position(end.getKey()) >= end.getValue());
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader(EventEnvelope.Headers.TYPE);
        if (type == null || !REVOKED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        try {
            SessionRevoked event = EventJson.read(record.value(), SessionRevoked.class);
            revoked.revoke(Objects.requireNonNull(event.sessionId()), Objects.requireNonNull(event.expiresAt()));
        } catch (RuntimeException e) {
            log.warn("unreadable {} at {}/{}@{}: {}", REVOKED, record.topic(), record.partition(), record.offset(), e.toString());
        }
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "gateway-revocations");
        // identity.events carries every login too (30 a second at the benchmark's rate), and a fetch returning
        // them one by one cost the gateway more than the logins' token checks: the broker holds a fetch until
        // 64 KB are there or FETCH_WAIT has passed, so a logout reaches every gateway within that much longer.
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 64 * 1024);
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_WAIT.toMillis());
        return config;
    }
}
