package com.gjjhall.audit.log.refill;

import com.gjjhall.audit.AuditError;
import com.gjjhall.audit.AuditProperties;
import com.gjjhall.audit.InstanceId;
import com.gjjhall.audit.log.append.AppendOutcome;
import com.gjjhall.audit.log.append.IncomingEvent;
import com.gjjhall.audit.log.append.LogAppender;
import com.gjjhall.servicekit.errors.BusinessException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rebuilds the log from Kafka, whose topics keep every event (unlimited retention): when the database is
 * lost (or restored from an old backup), every topic is read from where the log stands (the beginning,
 * for an empty log) to its end, in time order across partitions, and appended in large batches.
 *
 * <p>While it runs it holds the log (a lease on the head row, renewed with every batch): live appenders
 * on every instance stand aside and then continue from the positions it leaves. The same dedup by
 * event id and the same position check as live appending apply, so running it on a complete log only
 * reads; live appending would also refill an empty log by itself, one poll at a time — this is the fast,
 * watched way. Events equal the originals in id, topic, partition, offset, envelope and body, in the same
 * order within each partition; their numbers across partitions follow the records' time.
 */
@Component
public class KafkaLogRefill {

    private static final Logger log = LoggerFactory.getLogger(KafkaLogRefill.class);
    private static final int BATCH = 5_000;

    private final LogAppender appender;
    private final RefillJobs jobs;
    private final JdbcTemplate jdbc;
    private final Map<String, Object> config;
    private final List<String> topics;
    private final Duration lease;

    KafkaLogRefill(LogAppender appender, RefillJobs jobs, JdbcTemplate jdbc, KafkaProperties kafka,
                   AuditProperties properties) {
        this.appender = appender;
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.topics = properties.log().topicsOrAll();
        this.lease = properties.log().maintenanceLease();
        this.config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    public RefillJob start() {
        UUID id = UUID.randomUUID();
        try {
            jobs.insert(id, InstanceId.VALUE, lease.multipliedBy(2));
        } catch (DuplicateKeyException e) {
            throw new BusinessException(AuditError.LOG_REBUILD_IN_PROGRESS);
        }
        Thread worker = new Thread(() -> run(id), "audit-log-refill");
        worker.setDaemon(true);
        worker.start();
        return job(id);
    }

    /** The latest rebuilds, newest first: a page reloaded while one runs finds it here. */
    public List<RefillJob> jobs() {
        jobs.failAbandoned(lease.multipliedBy(2));
        return jobs.recent(20);
    }

    public RefillJob job(UUID id) {
        return jobs.find(id).orElseThrow(() -> new BusinessException(AuditError.REBUILD_NOT_FOUND));
    }

    private void run(UUID id) {
        String owner = InstanceId.VALUE + "/refill/" + id;
        try {
            if (!holdLog(owner)) {
                jobs.fail(id, "审计日志正由另一重建占用");
                return;
            }
            Map<TopicPartition, Long> expected = new HashMap<>(appender.positions());
            try (PartitionMerge merge = new PartitionMerge(config, topics, expected)) {
                Progress progress = new Progress(merge.partitions(), merge.total());
                jobs.progress(id, progress.partitions, progress.total, 0, 0, 0);
                List<IncomingEvent> batch = new ArrayList<>(BATCH);
                for (ConsumerRecord<String, byte[]> record = merge.next(); record != null; record = merge.next()) {
                    batch.add(IncomingEvent.of(record));
                    if (batch.size() == BATCH) {
                        append(id, owner, batch, expected, progress);
                    }
                }
                append(id, owner, batch, expected, progress);
            }
            jobs.done(id);
            log.info("log rebuilt from Kafka ({})", id);
        } catch (RuntimeException e) {
            log.warn("rebuilding the log from Kafka failed", e);
            jobs.fail(id, String.valueOf(e.getMessage()));
        } finally {
            releaseLog(owner);
        }
    }

    private void append(UUID id, String owner, List<IncomingEvent> batch, Map<TopicPartition, Long> expected,
                        Progress progress) {
        if (batch.isEmpty()) {
            return;
        }
        AppendOutcome outcome = appender.append(batch, expected, owner);
        if (outcome.kind() != AppendOutcome.Kind.APPENDED) {
            throw new IllegalStateException("the log moved while it was being rebuilt (" + outcome.kind() + ")");
        }
        expected.putAll(outcome.positions());
        progress.read += batch.size();
        progress.appended += outcome.appended();
        progress.duplicates += outcome.duplicates();
        batch.clear();
        holdLog(owner);
        jobs.progress(id, progress.partitions, progress.total, progress.read, progress.appended, progress.duplicates);
    }

    /** Takes or renews the lease on the log; false when another rebuild holds it. */
    private boolean holdLog(String owner) {
        return jdbc.update("""
                update audit_log_head set maintenance_owner = ?, maintenance_until = now() + make_interval(secs => ?)
                where id = 1 and (maintenance_owner is null or maintenance_owner = ? or maintenance_until < now())""",
                owner, (double) lease.toSeconds(), owner) == 1;
    }

    private void releaseLog(String owner) {
        try {
            jdbc.update("""
                    update audit_log_head set maintenance_owner = null, maintenance_until = null
                    where id = 1 and maintenance_owner = ?""", owner);
        } catch (RuntimeException e) {
            log.warn("could not release the log; live appending resumes when the lease ends: {}", e.toString());
        }
    }

    private static final class Progress {
        private final int partitions;
        private final long total;
        private long read;
        private long appended;
        private long duplicates;

        Progress(int partitions, long total) {
            this.partitions = partitions;
            this.total = total;
        }
    }
}
