package com.gjjhall.audit;

import com.gjjhall.audit.log.EntryHash;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Every event lands in the log once, chained to the one before it, whatever the broker redelivers. */
@WithRealInfrastructure(database = "audit")
@SpringBootTest
class AuditLogIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameEventDeliveredTwiceIsLoggedOnce(Infrastructure infrastructure) throws Exception {
        String unitId = "U-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String body = "{\"unitId\":\"" + unitId + "\",\"unifiedSocialCreditCode\":\"91420100MA4K000019\",\"unitName\":\"示范单位\",\"enrolledAt\":\"2026-11-02T01:30:00Z\"}";
        try (var producer = producer(infrastructure)) {
            producer.send(record(Topics.IDENTITY, eventId, "identity.UnitEnrolled.v1", unitId, body)).get();
            producer.send(record(Topics.IDENTITY, eventId, "identity.UnitEnrolled.v1", unitId, body)).get();
            producer.send(record(Topics.BANK_SETTLEMENT, UUID.randomUUID().toString(), "bank.settlement.TransferReceived.v1",
                    unitId, "{\"memo\":\"２０２６１１０２００００１７\"}")).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(unitId) == 2);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select payload from audit_log where event_id = ?", String.class, eventId))
                .contains("示范单位");
    }

    @Test
    void eachEntryCommitsToTheOneBeforeIt(Infrastructure infrastructure) throws Exception {
        String subject = "U-" + UUID.randomUUID();
        try (var producer = producer(infrastructure)) {
            for (int i = 0; i < 5; i++) {
                producer.send(record(Topics.ACCOUNT, UUID.randomUUID().toString(), "account.Probe.v1", subject,
                        "{\"n\":" + i + "}")).get();
            }
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(subject) == 5);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select event_id, event_type, subject, topic, partition_no, record_offset, payload, previous_hash, entry_hash
                from audit_log order by sequence_no""");
        String previous = EntryHash.GENESIS;
        for (Map<String, Object> row : rows) {
            assertThat(row.get("previous_hash")).isEqualTo(previous);
            String expected = EntryHash.of(previous, (String) row.get("event_id"), (String) row.get("event_type"),
                    (String) row.get("subject"), (String) row.get("topic"), (Integer) row.get("partition_no"),
                    (Long) row.get("record_offset"), (String) row.get("payload"));
            assertThat(row.get("entry_hash")).isEqualTo(expected);
            previous = expected;
        }
    }

    @Test
    void theLogRefusesToBeEditedOrShortened(Infrastructure infrastructure) throws Exception {
        String subject = "U-" + UUID.randomUUID();
        try (var producer = producer(infrastructure)) {
            producer.send(record(Topics.ACCOUNT, UUID.randomUUID().toString(), "account.Probe.v1", subject, "{}")).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count(subject) == 1);
        assertThatThrownBy(() -> jdbc.update("update audit_log set payload = 'tampered' where subject = ?", subject))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where subject = ?", subject))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log")).hasMessageContaining("append-only");
        assertThat(count(subject)).isEqualTo(1);
    }

    private int count(String subject) {
        return jdbc.queryForObject("select count(*) from audit_log where subject = ?", Integer.class, subject);
    }

    private static ProducerRecord<String, byte[]> record(String topic, String id, String type, String subject, String body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, subject, body.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.ID, id.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.SUBJECT, subject.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.SOURCE, "/test".getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, byte[]> producer(Infrastructure infrastructure) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
