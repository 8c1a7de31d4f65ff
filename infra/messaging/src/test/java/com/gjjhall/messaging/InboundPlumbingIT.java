package com.gjjhall.messaging;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.Topics;
import com.gjjhall.messaging.deadletter.DeadLetter;
import com.gjjhall.messaging.deadletter.DeadLetters;
import com.gjjhall.messaging.deadletter.LetterRedrive;
import com.gjjhall.messaging.deadletter.RedriveReport;
import com.gjjhall.messaging.deadletter.UnknownDeadLetterException;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Consumers apply each event once, a poll's events in one transaction, retry what fails, park what keeps failing
 * (and only that: the rest of its poll is applied), and re-drive it on demand.
 */
@WithRealInfrastructure(database = "plumbing")
@SpringBootTest(classes = ProbeApplication.class)
class InboundPlumbingIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DeadLetters deadLetters;

    @Autowired
    ConcurrentMessageListenerContainer<String, byte[]> listener;

    @Autowired
    Cache probeCache;

    @AfterEach
    void downstreamIsBackUp() {
        jdbc.update("update probe_outage set down = false");
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce(Infrastructure infrastructure) {
        String id = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        publish(infrastructure, id, "probe.Happened.v1", marker);
        publish(infrastructure, id, "probe.Happened.v1", marker);
        publish(infrastructure, marker, "probe.Happened.v1", marker);

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker) == 1);
        assertThat(applied(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void anEventThatKeepsFailingIsParkedWithItsErrorAndReDrivenOnceTheCauseIsFixed(Infrastructure infrastructure) {
        jdbc.update("update probe_outage set down = true");
        String id = UUID.randomUUID().toString();
        publish(infrastructure, id, "probe.Happened.v1", "while down");

        await().atMost(Duration.ofSeconds(30)).until(() -> parked(id) != null);
        DeadLetter parked = parked(id);
        assertThat(parked.error()).contains("downstream is down");
        assertThat(parked.originalTopic()).isEqualTo("probe.events");
        assertThat(applied(id)).as("every failed try was rolled back").isZero();

        RedriveReport stillDown = deadLetters.redrive();
        assertThat(stillDown.parkedAgain()).anySatisfy(d -> {
            assertThat(d.eventId()).isEqualTo(id);
            assertThat(d.error()).contains("downstream is down");
        });
        assertThat(applied(id)).isZero();
        assertThat(parked(id)).as("parked again, not lost").isNotNull();

        jdbc.update("update probe_outage set down = false");
        RedriveReport report = deadLetters.redrive();
        assertThat(report.parkedAgain()).noneMatch(d -> id.equals(d.eventId()));
        assertThat(report.applied()).isGreaterThanOrEqualTo(1);
        assertThat(applied(id)).isEqualTo(1);

        assertThat(deadLetters.redrive().applied()).as("nothing is re-driven twice").isZero();
        assertThat(parked(id)).isNull();
    }

    @Test
    void oneDeadLetterReDrivenAloneIsAppliedOnceAndLeavesTheListWhileTheOthersWait(Infrastructure infrastructure) {
        jdbc.update("update probe_outage set down = true");
        String first = id();
        String second = id();
        publish(infrastructure, first, "probe.Happened.v1", "first while down");
        publish(infrastructure, second, "probe.Happened.v1", "second while down");
        await().atMost(Duration.ofSeconds(30)).until(() -> parked(first) != null && parked(second) != null);
        String parkedAt = parked(first).position();

        LetterRedrive stillDown = deadLetters.redrive(parkedAt);
        assertThat(stillDown.outcome()).isEqualTo(LetterRedrive.Outcome.FAILED_AGAIN);
        DeadLetter again = stillDown.parkedAgain().get(0);
        assertThat(stillDown.parkedAgain()).hasSize(1);
        assertThat(again.eventId()).isEqualTo(first);
        assertThat(again.error()).contains("downstream is down");
        assertThat(again.position()).isNotEqualTo(parkedAt);
        assertThat(deadLetters.pending(1000)).filteredOn(d -> first.equals(d.eventId()))
                .as("listed once, where it is parked now").extracting(DeadLetter::position)
                .containsExactly(again.position());
        assertThatThrownBy(() -> deadLetters.redrive(parkedAt)).isInstanceOf(UnknownDeadLetterException.class);
        assertThat(applied(first)).isZero();

        jdbc.update("update probe_outage set down = false");
        LetterRedrive fixed = deadLetters.redrive(again.position());
        assertThat(fixed.outcome()).isEqualTo(LetterRedrive.Outcome.APPLIED);
        assertThat(fixed.applied()).isEqualTo(1);
        assertThat(applied(first)).isEqualTo(1);
        assertThat(parked(first)).as("applied, so no longer listed").isNull();
        assertThat(parked(second)).as("the letters around it still wait").isNotNull();
        assertThat(deadLetters.redrive(again.position()).outcome()).isEqualTo(LetterRedrive.Outcome.ALREADY_APPLIED);

        RedriveReport all = deadLetters.redrive();
        assertThat(all.alreadyApplied()).isGreaterThanOrEqualTo(1);
        assertThat(all.parkedAgain()).noneMatch(d -> first.equals(d.eventId()) || second.equals(d.eventId()));
        assertThat(applied(first)).as("applied once whichever way it was re-driven").isEqualTo(1);
        assertThat(applied(second)).isEqualTo(1);
        assertThatThrownBy(() -> deadLetters.redrive(again.position())).isInstanceOf(UnknownDeadLetterException.class);
    }

    @Test
    void aPositionWhereNoLetterWaitsIsUnknown() {
        for (String position : new String[]{"0@999999999", "7@0", "0@-1", "nonsense", "@"}) {
            assertThatThrownBy(() -> deadLetters.redrive(position)).as(position)
                    .isInstanceOf(UnknownDeadLetterException.class);
        }
    }

    @Test
    void aRecordWithoutAnEnvelopeGoesStraightToTheDeadLettersNotSilentlyDropped(Infrastructure infrastructure) throws Exception {
        String marker = UUID.randomUUID().toString();
        try (var producer = producer(infrastructure)) {
            producer.send(new ProducerRecord<>("probe.events", "k", marker.getBytes(StandardCharsets.UTF_8))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.pending(1000).stream()
                .anyMatch(d -> d.payload() != null && d.payload().contains(marker)));
        DeadLetter parked = deadLetters.pending(1000).stream().filter(d -> d.payload().contains(marker)).findFirst().orElseThrow();
        assertThat(parked.error()).contains("no ce_id or ce_type");
        assertThat(deadLetters.topic()).isEqualTo(Topics.deadLetters("plumbing-probe"));
    }

    @Test
    void thePollsEventsAreAppliedTogetherInOneTransaction(Infrastructure infrastructure) {
        List<String> ids = List.of(id(), id(), id(), id(), id());
        whilePaused(() -> publishAll(infrastructure, ids.stream().map(id -> new String[] {id, "together"}).toList()));

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> applied(id) == 1));
        assertThat(jdbc.queryForObject("select count(distinct tx) from probe_effect where event_id in (?, ?, ?, ?, ?)",
                Integer.class, ids.toArray())).isEqualTo(1);
    }

    @Test
    void aPoisonedEventInTheMiddleOfAPollIsParkedAndTheOthersAreAppliedOnce(Infrastructure infrastructure) {
        List<String> before = List.of(id(), id());
        String poisoned = id();
        List<String> after = List.of(id(), id());
        List<String[]> poll = new ArrayList<>();
        before.forEach(id -> poll.add(new String[] {id, "fine"}));
        poll.add(new String[] {poisoned, "poison"});
        after.forEach(id -> poll.add(new String[] {id, "fine"}));
        whilePaused(() -> publishAll(infrastructure, poll));

        await().atMost(Duration.ofSeconds(30)).until(() -> parked(poisoned) != null);
        assertThat(parked(poisoned).error()).contains("poisoned event " + poisoned);
        await().atMost(Duration.ofSeconds(30)).until(() -> after.stream().allMatch(id -> applied(id) == 1));
        for (String id : before) {
            assertThat(applied(id)).as("applied once though its first transaction rolled back").isEqualTo(1);
        }
        assertThat(applied(poisoned)).as("every try rolled back").isZero();
        assertThat(jdbc.queryForObject("select count(*) from processed_event where event_id = ?", Integer.class, poisoned))
                .isZero();
        assertThat(probeCache.containsKey(poisoned)).as("what a rolled-back transaction cached is forgotten").isFalse();
    }

    private void whilePaused(Runnable publishing) {
        listener.pause();
        await().atMost(Duration.ofSeconds(30)).until(listener::isContainerPaused);
        try {
            publishing.run();
        } finally {
            listener.resume();
        }
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private DeadLetter parked(String eventId) {
        return deadLetters.pending(1000).stream().filter(d -> eventId.equals(d.eventId())).findFirst().orElse(null);
    }

    private int applied(String eventId) {
        return jdbc.queryForObject("select count(*) from probe_effect where event_id = ?", Integer.class, eventId);
    }

    private static void publish(Infrastructure infrastructure, String id, String type, String body) {
        try (var producer = producer(infrastructure)) {
            producer.send(record(id, type, body)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each {id, note} in order, on one partition, sent together. */
    private static void publishAll(Infrastructure infrastructure, List<String[]> events) {
        try (var producer = producer(infrastructure)) {
            for (String[] event : events) {
                producer.send(record(event[0], "probe.Happened.v1", event[1]));
            }
            producer.flush();
        }
    }

    private static ProducerRecord<String, byte[]> record(String id, String type, String body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("probe.events", "subject-1",
                ("{\"note\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.ID, id.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static KafkaProducer<String, byte[]> producer(Infrastructure infrastructure) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }
}
