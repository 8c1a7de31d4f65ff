package com.gjjhall.endtoend;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.endtoend.crash.HaltAfterAcknowledgement;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
 *
 * <p>The broker is shared by every end-to-end test of this JVM, so the identity topic may hold other
 * identity-services' events too: this identity's are told apart by its event store, and audit-service (which
 * reads the topic from its beginning) must log every event id on the topic once.
 */
@WithRealInfrastructure(database = "e2e_probe")
class PublisherCrashIT {

    private static final String IDENTITY_DB = "identity_crash";
    private static final String AUDIT_DB = "audit_crash";

    @Test
    void eventsAcknowledgedButNotCheckpointedArePublishedAgainAndLoggedOnce(Infrastructure infrastructure) throws Exception {
        try (ServiceProcess audit = ServiceJars.service("audit-service").database(AUDIT_DB).start(infrastructure)) {
            ServiceProcess crashing = ServiceJars.service("identity-service").database(IDENTITY_DB)
                    .env("GJJ_DEMO_SEED", "true")
                    .env("GJJ_CRASH_TEST_HALT_AFTER_ACKNOWLEDGING", "identity.UnitEnrolled.v1")
                    .extraClasses(Path.of("target/test-classes"))
                    .start(infrastructure);
            crashing.handle().onExit().get(120, TimeUnit.SECONDS);
            assertThat(crashing.logTail(200)).contains(HaltAfterAcknowledgement.HALT_MESSAGE);

            Set<String> storedAtCrash = storedEventIds(infrastructure);
            Set<String> publishedBeforeCrash = new HashSet<>(eventIdsOnKafka(infrastructure).keySet());
            publishedBeforeCrash.retainAll(storedAtCrash);
            assertThat(publishedBeforeCrash).as("the broker had the events when the process died").isNotEmpty();

            try (ServiceProcess restarted = ServiceJars.service("identity-service").database(IDENTITY_DB)
                    .env("GJJ_DEMO_SEED", "true").start(infrastructure)) {
                ServiceProcess.awaitHealthy(List.of(audit, restarted), Duration.ofSeconds(120), p -> { });

                // The demo seed may still be storing events after the restart turned healthy: wait until
                // everything stored is logged, and the topic and the log agree.
                Map<String, Integer> onKafka = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            Set<String> stored = storedEventIds(infrastructure);
                            if (!new HashSet<>(loggedIdentityEventIds(infrastructure)).containsAll(stored)) {
                                return null;
                            }
                            Map<String, Integer> topic = eventIdsOnKafka(infrastructure);
                            return topic.keySet().containsAll(stored)
                                    && new HashSet<>(loggedIdentityEventIds(infrastructure)).equals(topic.keySet()) ? topic : null;
                        }, topic -> topic != null);

                Set<String> stored = storedEventIds(infrastructure);
                assertThat(onKafka.keySet()).as("every stored event is published").containsAll(stored);
                assertThat(publishedBeforeCrash).allSatisfy(id -> assertThat(onKafka.get(id))
                        .as("event %s was published again after the crash", id).isGreaterThanOrEqualTo(2));
                List<String> logged = loggedIdentityEventIds(infrastructure);
                assertThat(logged).as("every event on the identity topic logged once, republished ones too")
                        .doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(onKafka.keySet())
                        .containsAll(stored);
            }
        }
    }

    /** Ids of every event in identity's event store: each one is published. */
    private static Set<String> storedEventIds(Infrastructure infrastructure) throws Exception {
        return new HashSet<>(query(infrastructure, IDENTITY_DB, "select eventidentifier from domainevententry"));
    }

    /** Event ids of audit-service's entries from the identity topic, one element per entry. */
    private static List<String> loggedIdentityEventIds(Infrastructure infrastructure) throws Exception {
        return query(infrastructure, AUDIT_DB, "select event_id from audit_log where topic = '" + Topics.IDENTITY + "'");
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

    /** How many times each event id sits on the identity topic: read to the end (two empty polls once assigned). */
    private static Map<String, Integer> eventIdsOnKafka(Infrastructure infrastructure) {
        Map<String, Integer> counts = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.IDENTITY));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int idlePolls = 0;
            while (idlePolls < 2) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the identity topic was not read to its end within 30 s");
                }
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                records.forEach(r -> counts.merge(new String(r.headers().lastHeader(EventEnvelope.Headers.ID).value(),
                        StandardCharsets.UTF_8), 1, Integer::sum));
                idlePolls = records.isEmpty() && !consumer.assignment().isEmpty() ? idlePolls + 1 : 0;
            }
        }
        return counts;
    }
}
