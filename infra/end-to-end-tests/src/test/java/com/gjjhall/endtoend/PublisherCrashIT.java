package com.gjjhall.endtoend;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.endtoend.crash.HaltAfterAcknowledgement;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox's hardest moment: identity-service stores its events, the broker acknowledges them, and the
 * process dies before it saves how far it got. On restart it publishes the same events again (same ids);
 * audit-service logs each one exactly once. Nothing is lost and nothing is doubled.
 */
@WithRealInfrastructure(database = "e2e_probe")
class PublisherCrashIT {

    @Test
    void eventsAcknowledgedButNotCheckpointedArePublishedAgainAndLoggedOnce(Infrastructure infrastructure) throws Exception {
        String identityDb = "identity_crash";
        String auditDb = "audit_crash";
        try (ServiceProcess audit = ServiceJars.start("audit-service", auditDb, infrastructure, Map.of(), null)) {
            audit.awaitHealthy(Duration.ofSeconds(120));

            Map<String, String> seedAndCrash = new HashMap<>(Map.of("GJJ_DEMO_SEED", "true",
                    "GJJ_CRASH_TEST_HALT_AFTER_ACKNOWLEDGING", "identity.UnitEnrolled.v1"));
            ServiceProcess crashing = ServiceJars.start("identity-service", identityDb, infrastructure, seedAndCrash,
                    Path.of("target/test-classes").toAbsolutePath());
            crashing.handle().onExit().get(120, TimeUnit.SECONDS);
            assertThat(crashing.logTail(200)).contains(HaltAfterAcknowledgement.HALT_MESSAGE);

            Set<String> publishedBeforeCrash = eventIdsOnKafka(infrastructure).keySet();
            assertThat(publishedBeforeCrash).as("the broker had the events when the process died").isNotEmpty();

            try (ServiceProcess restarted = ServiceJars.start("identity-service", identityDb, infrastructure,
                    Map.of("GJJ_DEMO_SEED", "true"), null)) {
                restarted.awaitHealthy(Duration.ofSeconds(120));
                Set<String> stored = storedPublishedEventIds(infrastructure, identityDb);

                await().atMost(Duration.ofSeconds(60)).until(() -> loggedEventIds(infrastructure, auditDb).containsAll(stored));

                Map<String, Integer> onKafka = eventIdsOnKafka(infrastructure);
                assertThat(onKafka.keySet()).containsAll(stored);
                assertThat(publishedBeforeCrash).allSatisfy(id -> assertThat(onKafka.get(id))
                        .as("event %s was published again after the crash", id).isGreaterThanOrEqualTo(2));
                List<String> logged = loggedEventIdList(infrastructure, auditDb);
                assertThat(new HashSet<>(logged)).isEqualTo(stored);
                assertThat(logged).as("each event logged once").hasSameSizeAs(stored);
            }
        }
    }

    /** Event ids of identity's stored events that it publishes. */
    private static Set<String> storedPublishedEventIds(Infrastructure infrastructure, String database) throws Exception {
        return new HashSet<>(query(infrastructure, database, """
                select eventidentifier from domainevententry
                where payloadtype in ('com.gjjhall.identity.unit.UnitEnrolled', 'com.gjjhall.identity.operator.OperatorRegistered')"""));
    }

    private static Set<String> loggedEventIds(Infrastructure infrastructure, String database) throws Exception {
        return new HashSet<>(loggedEventIdList(infrastructure, database));
    }

    private static List<String> loggedEventIdList(Infrastructure infrastructure, String database) throws Exception {
        return query(infrastructure, database, "select event_id from audit_log where source = '/identity-service'");
    }

    private static List<String> query(Infrastructure infrastructure, String database, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(),
                infrastructure.password()); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** How many times each event id sits on the identity topic. */
    private static Map<String, Integer> eventIdsOnKafka(Infrastructure infrastructure) {
        Map<String, Integer> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            int[] idlePolls = {0};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var records = consumer.poll(Duration.ofMillis(500));
                records.forEach(r -> counts.merge(new String(r.headers().lastHeader(EventEnvelope.Headers.ID).value(),
                        StandardCharsets.UTF_8), 1, Integer::sum));
                idlePolls[0] = records.isEmpty() && !consumer.assignment().isEmpty() ? idlePolls[0] + 1 : 0;
                return idlePolls[0] >= 2;
            });
        }
        return counts;
    }
}
