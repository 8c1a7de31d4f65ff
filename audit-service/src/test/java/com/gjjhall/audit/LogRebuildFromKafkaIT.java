package com.gjjhall.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.audit.support.AuditApi;
import com.gjjhall.audit.support.PlatformEvents;
import com.gjjhall.audit.support.RemittanceStory;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.bank.DebitOutcome;
import com.gjjhall.contracts.remittance.SettlementMethod;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database is lost; Kafka kept every event. Rebuilding the log from the topics gives back the same log:
 * the same set of events (id, type, source, subject, time, trace, topic, partition, offset, body), in the
 * same order within each partition, numbered 1…n and chained again. (The numbers interleave partitions by
 * the records' time, not by how the first consumer happened to poll them, so they may differ.)
 */
@WithRealInfrastructure(database = "audit")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LogRebuildFromKafkaIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Flyway flyway;

    @Autowired
    DataSource dataSource;

    record Logged(String eventId, String type, String source, String subject, Instant occurredAt, String traceId,
                  String topic, int partition, long offset, String payload) {
    }

    @Test
    void theLogRebuiltFromKafkaAfterTheDatabaseIsLostEqualsTheOriginal(Infrastructure infrastructure) {
        RemittanceStory story = new RemittanceStory();
        try (PlatformEvents events = new PlatformEvents(infrastructure)) {
            events.publish(story.entered());
            events.publish(story.submitted());
            events.publish(story.reviewed(SettlementMethod.ENTRUSTED_COLLECTION));
            events.publish(story.debitRequested("D-" + story.orderId));
            events.publish(story.debitInstructed("I-" + story.orderId));
            events.publish(story.debitAnswered("I-" + story.orderId, DebitOutcome.SUCCEEDED, "扣款成功"));
            events.publish(story.debitSucceeded("D-" + story.orderId));
            events.publish(story.credited());
        }
        String operator = AuditApi.operatorOf(story.unitId);
        await().atMost(Duration.ofSeconds(30)).until(() -> "成功".equals(state(operator, story.auditNumber)));
        Map<TopicPartition, Long> ends = endOffsets(infrastructure);
        await().atMost(Duration.ofSeconds(30)).until(() -> logReached(ends));
        List<Logged> original = log();
        assertThat(verify().get("intact").asBoolean()).isTrue();

        infrastructure.dropDatabase("audit");
        infrastructure.jdbcUrl("audit");
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        flyway.migrate();
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isLessThan(original.size());

        AuditApi api = new AuditApi(http);
        ResponseEntity<String> started = api.post(AuditApi.ops(), "/api/audit/ops/log/rebuild-from-kafka", "");
        assertThat(started.getStatusCode().value()).isEqualTo(202);
        String job = started.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api.json(api.get(AuditApi.ops(), job)).get("status").asText()));
        JsonNode finished = api.json(api.get(AuditApi.ops(), job));
        assertThat(finished.get("status").asText()).as("%s", finished).isEqualTo("DONE");
        assertThat(finished.get("read").asLong()).isEqualTo(finished.get("total").asLong());
        await().atMost(Duration.ofSeconds(30)).until(() -> logReached(ends));

        List<Logged> rebuilt = log();
        assertThat(rebuilt).hasSameSizeAs(original).containsExactlyInAnyOrderElementsOf(original);
        assertThat(offsetsByPartition(rebuilt)).allSatisfy((partition, offsets) ->
                assertThat(offsets).as("order within %s", partition).isSorted().doesNotHaveDuplicates());
        assertThat(verify().get("intact").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> "成功".equals(state(operator, story.auditNumber)));
    }

    @Test
    void aReloadedPageFindsTheRefillsNewestFirstAndOneWhoseInstanceStoppedAsFailed() {
        AuditApi api = new AuditApi(http);
        String ops = AuditApi.ops();
        String refills = "/api/audit/ops/log/rebuild-from-kafka";
        String earlier = finished(api, ops, api.post(ops, refills, "")).get("id").asText();
        String stopped = UUID.randomUUID().toString();
        jdbc.update("""
                insert into log_refill (id, status, owner, started_at, heartbeat_at)
                values (?::uuid, 'RUNNING', 'gone', now() - interval '2 hours', now() - interval '1 hour')""", stopped);

        JsonNode abandoned = stream(api.json(api.get(ops, refills)))
                .filter(job -> stopped.equals(job.get("id").asText())).findFirst().orElseThrow();
        assertThat(abandoned.get("status").asText()).as("not followed for ever").isEqualTo("FAILED");
        assertThat(abandoned.get("error").asText()).isEqualTo("重建进程已停止");

        ResponseEntity<String> started = api.post(ops, refills, "");
        assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(202);
        String latest = api.json(started).get("id").asText();
        JsonNode listed = api.json(api.get(ops, refills));
        assertThat(listed.get(0).get("id").asText()).as("the one just started comes first").isEqualTo(latest);
        assertThat(listed.get(0).has("percent")).isTrue();
        assertThat(ids(listed)).containsSubsequence(latest, earlier, stopped);

        JsonNode done = finished(api, ops, started);
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(api.json(api.get(ops, refills)).get(0)).isEqualTo(done);
    }

    private static JsonNode finished(AuditApi api, String ops, ResponseEntity<String> started) {
        String job = started.getHeaders().getLocation().toString();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                !"RUNNING".equals(api.json(api.get(ops, job)).get("status").asText()));
        return api.json(api.get(ops, job));
    }

    private static List<String> ids(JsonNode jobs) {
        return stream(jobs).map(job -> job.get("id").asText()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private List<Logged> log() {
        return jdbc.query("""
                select event_id, event_type, source, subject, occurred_at, trace_id, topic, partition_no, record_offset, payload
                from audit_log order by sequence_no""", (rs, i) -> new Logged(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6),
                rs.getString(7), rs.getInt(8), rs.getLong(9), rs.getString(10)));
    }

    private static Map<String, List<Long>> offsetsByPartition(List<Logged> log) {
        Map<String, List<Long>> offsets = new HashMap<>();
        log.forEach(e -> offsets.computeIfAbsent(e.topic() + "/" + e.partition(), k -> new ArrayList<>()).add(e.offset()));
        return offsets;
    }

    private boolean logReached(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> logged = new HashMap<>();
        jdbc.query("select topic, partition_no, next_offset from log_source_position", rs -> {
            logged.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
        });
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || logged.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private static Map<TopicPartition, Long> endOffsets(Infrastructure infrastructure) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Topics.all()) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            return consumer.endOffsets(partitions);
        }
    }

    private String state(String token, String key) {
        return AuditApi.parse(new AuditApi(http).get(token, "/api/audit/transactions/" + key).getBody()).path("state").asText();
    }

    private JsonNode verify() {
        AuditApi api = new AuditApi(http);
        return api.json(api.post(AuditApi.ops(), "/api/audit/ops/log/verify", ""));
    }
}
