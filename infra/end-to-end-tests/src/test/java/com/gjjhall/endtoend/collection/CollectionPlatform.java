package com.gjjhall.endtoend.collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.collection.DebitFailed;
import com.gjjhall.contracts.collection.DebitSucceeded;
import com.gjjhall.contracts.identity.UnitEnrolled;
import com.gjjhall.contracts.remittance.CollectionDebitRequested;
import com.gjjhall.endtoend.Http;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;

/**
 * collection-service and the bank simulator running as processes, driven as the rest of the platform would:
 * identity's enrolments and remittance's debit requests on Kafka, the clerk and the operators over HTTP,
 * bank staff over the simulator's admin API. Keeps every debit outcome collection-service publishes, with the
 * moment it arrived.
 */
public final class CollectionPlatform implements AutoCloseable {

    /** An outcome as published on {@code collection.events}, and when this process read it. */
    public record Outcome(String type, String debitRequestId, String auditNumber, String unitId, String reason, long receivedNanos) {
    }

    static final String CLERK = TestTokens.get().issue("OP-E2E-CLERK", "U-CENTRE", "CLERK");

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread reader;
    private final ConcurrentMap<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();
    private final List<Consumer<Outcome>> listeners = new CopyOnWriteArrayList<>();
    private final String collection;
    private final String bank;
    private volatile boolean open = true;

    public CollectionPlatform(Infrastructure infrastructure, ServiceProcess collection, ServiceProcess bank) {
        this.collection = "http://localhost:" + collection.port();
        this.bank = "http://localhost:" + bank.port();
        // Produces as remittance-service's outbox does: acks from all replicas, a 5 ms linger (its application.yml).
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(),
                new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.COLLECTION));
        reader = new Thread(this::read, "collection-events-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        String succeeded = EventType.of(DebitSucceeded.class).toString();
        String failed = EventType.of(DebitFailed.class).toString();
        while (open) {
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                long now = System.nanoTime();
                String type = new String(r.headers().lastHeader(EventEnvelope.Headers.TYPE).value(), StandardCharsets.UTF_8);
                if (type.equals(succeeded)) {
                    DebitSucceeded e = EventJson.read(r.value(), DebitSucceeded.class);
                    record(new Outcome("SUCCEEDED", e.debitRequestId(), e.auditNumber(), e.unitId(), null, now));
                } else if (type.equals(failed)) {
                    DebitFailed e = EventJson.read(r.value(), DebitFailed.class);
                    record(new Outcome("FAILED", e.debitRequestId(), e.auditNumber(), e.unitId(), e.reason(), now));
                }
            }
        }
        consumer.close();
    }

    private void record(Outcome outcome) {
        outcomes.computeIfAbsent(outcome.debitRequestId(), id -> new CopyOnWriteArrayList<>()).add(outcome);
        listeners.forEach(listener -> listener.accept(outcome));
    }

    /** Called with every debit outcome as it arrives, on the reader's thread. */
    public void onOutcome(Consumer<Outcome> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Outcome> listener) {
        listeners.remove(listener);
    }

    /** Every outcome published for the request, in arrival order. */
    public List<Outcome> outcomesOf(String debitRequestId) {
        return outcomes.getOrDefault(debitRequestId, List.of());
    }

    public Map<String, List<Outcome>> allOutcomes() {
        return outcomes;
    }

    /** A unit paying by entrusted collection, and its payer account. */
    public record Unit(String unitId, String accountNumber, String accountName) {
    }

    /**
     * {@code count} units numbered from {@code first}, enrolled by identity, each with a payer account at
     * {@code bankCode} holding {@code balanceFen}, registered for entrusted collection at the counter (the bank
     * checking each account), by {@code clients} clerks at once.
     */
    public List<Unit> unitsWithAgreements(long first, int count, String bankCode, long balanceFen, int clients) {
        List<Unit> units = new ArrayList<>();
        for (long n = first; n < first + count; n++) {
            units.add(new Unit("U-E2E-" + n, "62" + n, "测试单位" + n));
        }
        units.forEach(unit -> enrol(unit.unitId(), unit.accountName()));
        flush();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            inParallel(pool, units, unit -> openBankAccount(bankCode, unit.accountNumber(), unit.accountName(), balanceFen));
            // Most units are known by now: look at once rather than after a first poll interval.
            units.forEach(unit -> await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50)).until(() -> !agreement(unit.unitId()).get("unitName").isNull()));
            inParallel(pool, units, unit -> awaitEffective(registerAtCounter(unit.unitId(), bankCode,
                    unit.accountNumber(), unit.accountName())));
        } finally {
            pool.shutdownNow();
        }
        return units;
    }

    /** A registration the bank checked at once (201), or once it has (202: 处理中 until then). */
    private void awaitEffective(Http.Answer registration) {
        if (registration.status() == 202) {
            String id = registration.body().get("applicationId").asText();
            await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> !call(collection, "GET",
                    "/api/collection/agreement-applications/" + id, CLERK, null).body().get("state").asText().equals("VERIFYING"));
            registration = call(collection, "GET", "/api/collection/agreement-applications/" + id, CLERK, null);
        } else {
            registration.expect(201);
        }
        if (!registration.body().get("state").asText().equals("EFFECTIVE")) {
            throw new AssertionError("registration not effective: " + registration);
        }
    }

    private static void inParallel(ExecutorService pool, List<Unit> units, Consumer<Unit> action) {
        List<Future<?>> done = new ArrayList<>();
        units.forEach(unit -> done.add(pool.submit(() -> action.accept(unit))));
        for (Future<?> future : done) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    // --- identity and remittance, on Kafka

    public void enrol(String unitId, String name) {
        publish(new UnitEnrolled(unitId, "91420100MA4K00001X", name, Instant.now()), false);
    }

    public void requestDebit(String debitRequestId, String auditNumber, String unitId, long amountFen) {
        publish(new CollectionDebitRequested(debitRequestId, auditNumber, unitId, amountFen, Instant.now()), false);
    }

    public void flush() {
        producer.flush();
    }

    private void publish(IntegrationEvent event, boolean wait) {
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), EventJson.write(event));
        header(record, EventEnvelope.Headers.ID, UUID.randomUUID().toString());
        header(record, EventEnvelope.Headers.TYPE, type.toString());
        header(record, EventEnvelope.Headers.SOURCE, "/e2e");
        header(record, EventEnvelope.Headers.SUBJECT, event.subject());
        header(record, EventEnvelope.Headers.TIME, Instant.now().toString());
        header(record, EventEnvelope.Headers.TRACE_ID, "");
        producer.send(record);
        if (wait) {
            producer.flush();
        }
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    // --- the bank simulator's admin API

    public void openBankAccount(String bankCode, String number, String name, long balanceFen) {
        Http.Answer opened = call(bank, "POST", "/api/bank/accounts", CLERK, Map.of("bankCode", bankCode, "accountNumber", number,
                "accountName", name, "balanceFen", balanceFen, "status", "NORMAL"));
        opened.expect(201);
    }

    public Http.Answer changeBankAccount(String bankCode, String number, Map<String, Object> changes) {
        return call(bank, "PATCH", "/api/bank/accounts/" + bankCode + "/" + number, CLERK, changes);
    }

    public long balance(String bankCode, String number) {
        return call(bank, "GET", "/api/bank/accounts/" + bankCode + "/" + number, CLERK, null).expect(200)
                .body().get("account").get("balanceFen").asLong();
    }

    /** Balances of every account in the books, by account number. */
    public Map<String, Long> balances() {
        Map<String, Long> balances = new LinkedHashMap<>();
        call(bank, "GET", "/api/bank/accounts?limit=10000", CLERK, null).expect(200).body()
                .forEach(a -> balances.put(a.get("accountNumber").asText(), a.get("balanceFen").asLong()));
        return balances;
    }

    public void sign(String bankCode, String number) {
        call(bank, "POST", "/api/bank/accounts/" + bankCode + "/" + number + "/signing", CLERK, null).expect(201);
    }

    public void faults(double failureRate, long latencyMillis, double lostAnswerRate, double duplicateAnswerRate) {
        call(bank, "PUT", "/api/bank/faults", CLERK, Map.of("failureRate", failureRate, "latencyMillis", latencyMillis,
                "lostAnswerRate", lostAnswerRate, "duplicateAnswerRate", duplicateAnswerRate)).expect(200);
    }

    public Map<String, Long> bankOutcomeCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        call(bank, "GET", "/api/bank/instructions/outcomes", CLERK, null).expect(200).body().fields()
                .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    // --- collection-service over HTTP

    public Http.Answer registerAtCounter(String unitId, String bankCode, String number, String name) {
        return call(collection, "POST", "/api/collection/agreements/" + unitId + "/registrations", CLERK,
                Map.of("accounts", List.of(Map.of("bankCode", bankCode, "accountNumber", number, "accountName", name))));
    }

    public JsonNode agreement(String unitId) {
        return call(collection, "GET", "/api/collection/agreements/" + unitId, CLERK, null).expect(200).body();
    }

    public Optional<JsonNode> debitStatus(String auditNumber, String unitId) {
        Http.Answer status = call(collection, "GET", "/api/collection/debits/" + auditNumber,
                TestTokens.get().issue("OP-" + unitId, unitId, "OPERATOR"), null);
        return status.status() == 200 ? Optional.of(status.body()) : Optional.empty();
    }

    private Http.Answer call(String base, String method, String path, String token, Object body) {
        return Http.send(method, base + path, token, body);
    }

    @Override
    public void close() {
        open = false;
        producer.close();
    }
}
