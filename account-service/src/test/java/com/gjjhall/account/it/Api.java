package com.gjjhall.account.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gjjhall.account.shared.IdNumber;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.testkit.RealInfrastructure;
import com.gjjhall.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** What a test does as a user would: HTTP calls with real tokens, and remittance-service's events on Kafka. */
@Component
@Lazy
public class Api {

    /** An answer: status and JSON body. */
    public record Answer(int status, JsonNode body) {
        public String text(String field) {
            return body.path(field).asText(null);
        }
    }

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000));

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    public Api(TestRestTemplate http) {
        this.http = http;
    }

    public static String operatorOf(String unitId) {
        return TestTokens.get().issue("OP-" + unitId, unitId, "OPERATOR");
    }

    public static String clerk() {
        return TestTokens.get().issue("OP-CLERK", "U-CENTRE", "CLERK");
    }

    public static String ops() {
        return TestTokens.get().issue("OP-OPS", "U-CENTRE", "OPS");
    }

    /** A new unit with an open account (12%/12%), opened by a clerk; returns its id. */
    public String newUnit() {
        String unitId = "U-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Answer opened = call(HttpMethod.POST, "/api/account/units", clerk(), Map.of("unitId", unitId,
                "unitName", "测试单位" + unitId.substring(5), "unitRatePercent", 12, "personalRatePercent", 12));
        if (opened.status() != 201) {
            throw new IllegalStateException("unit not opened: " + opened);
        }
        return unitId;
    }

    /** A fresh, valid 18-digit ID number no other test uses. */
    public static String newIdNumber() {
        int serial = SERIAL.incrementAndGet();
        String birth = LocalDate.of(1960, 1, 1).plusDays(serial % 20_000).format(DateTimeFormatter.BASIC_ISO_DATE);
        String first17 = "420102" + birth + String.format("%03d", serial / 20_000 % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A fresh legacy 15-digit ID number (born in the 1900s, no check character) no other test uses. */
    public static String newLegacyIdNumber() {
        int serial = SERIAL.incrementAndGet();
        String birth = LocalDate.of(1950, 1, 1).plusDays(serial % 18_000).format(DateTimeFormatter.BASIC_ISO_DATE);
        return "420103" + birth.substring(2) + String.format("%03d", serial / 18_000 % 1000);
    }

    public Answer openEmployee(String unitId, String idNumber, String name, String base, String startMonth) {
        return call(HttpMethod.POST, "/api/account/employees", operatorOf(unitId),
                Map.of("idNumber", idNumber, "name", name, "mobile", "13912345678", "base", base, "startMonth", startMonth));
    }

    public Answer call(HttpMethod method, String path, String token, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.setBearerAuth(token);
        }
        ResponseEntity<String> response = http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        try {
            return new Answer(response.getStatusCode().value(),
                    response.getBody() == null ? json.nullNode() : json.readTree(response.getBody()));
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + response.getBody(), e);
        }
    }

    public ResponseEntity<byte[]> download(String path, String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }

    /** Publishes an event as its producing service would (envelope headers, JSON body), under the given id. */
    public static void publish(IntegrationEvent event, String eventId) {
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), EventJson.write(event));
        record.headers().add(EventEnvelope.Headers.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TYPE, type.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.SUBJECT, event.subject().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventEnvelope.Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The published events of {@code topic} about {@code subject}, as JSON bodies, once {@code until} holds for them. */
    public static List<JsonNode> published(String topic, String subject,
                                                     Predicate<List<JsonNode>> until) {
        List<JsonNode> found = new ArrayList<>();
        ObjectMapper reader = new ObjectMapper();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (subject.equals(record.key())) {
                        found.add(reader.readTree(record.value()));
                    }
                }
                return until.test(found);
            });
        }
        return found;
    }

    public static void publish(IntegrationEvent event) {
        publish(event, UUID.randomUUID().toString());
    }
}
