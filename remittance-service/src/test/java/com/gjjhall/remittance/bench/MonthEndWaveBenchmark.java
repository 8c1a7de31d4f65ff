package com.gjjhall.remittance.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.Topics;
import com.gjjhall.contracts.account.EmployeeAccountOpened;
import com.gjjhall.contracts.account.UnitAccountOpened;
import com.gjjhall.contracts.bank.TransferReceived;
import com.gjjhall.remittance.monthly.MonthlyLines;
import com.gjjhall.remittance.order.command.EnterOrderCommand;
import com.gjjhall.remittance.order.command.OrderKind;
import com.gjjhall.remittance.order.command.ReviewOrderCommand;
import com.gjjhall.remittance.order.command.Settlement;
import com.gjjhall.remittance.order.command.SubmitOrderCommand;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The month-end wave: 1,000 units × 100 employees, every order reviewed for online bank transfer, then the
 * banks report 1,000 transfers at once. Measured from the first TransferReceived published until every
 * employee line went out in RemittanceCredited and every order is 成功. Target ≤ 20 s (≥ 5,000 lines/s) on
 * 2 cores; the raw Kafka and PostgreSQL rates of the same run are printed beside it.
 */
public final class MonthEndWaveBenchmark {

    private static final int UNITS = Integer.getInteger("units", 1_000);
    private static final int EMPLOYEES = Integer.getInteger("employees", 100);
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final long BASE_FEN = 850_000;

    private MonthEndWaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (var servers = BenchSupport.startServers()) {
            String kafka = servers.kafkaBootstrapServers();
            double produce = kafkaProduceRate(kafka);
            double consume = kafkaConsumeRate(kafka);
            double insert = postgresBatchInsertRate(servers.postgres().ensureDatabase("rawlimits"));
            try (var context = BenchSupport.startService(servers, Map.of());
                 var producer = producer(kafka)) {
                JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
                long setup = System.nanoTime();
                List<String> units = openAccounts(producer);
                await(() -> jdbc.queryForObject("select count(*) from employee", Long.class) >= (long) UNITS * EMPLOYEES,
                        Duration.ofMinutes(8), "roster");
                System.out.printf("setup: %,d account events consumed in %.1f s%n", UNITS * (EMPLOYEES + 1),
                        (System.nanoTime() - setup) / 1e9);
                long reviewing = System.nanoTime();
                Map<String, String> auditNumbers = reviewAll(context.getBean(CommandGateway.class),
                        context.getBean(MonthlyLines.class), jdbc, units);
                System.out.printf("setup: %,d orders entered, submitted and reviewed in %.1f s%n", units.size(),
                        (System.nanoTime() - reviewing) / 1e9);
                awaitOutboxIdle(jdbc);

                AtomicLong creditedLines = new AtomicLong();
                AtomicBoolean listening = new AtomicBoolean(true);
                Thread counter = countCreditedLines(kafka, creditedLines, listening);
                long total = (long) UNITS * EMPLOYEES;
                long start = System.nanoTime();
                long orderTotal = EMPLOYEES * (BASE_FEN * 12 / 100 * 2);
                for (String auditNumber : auditNumbers.values()) {
                    send(producer, new TransferReceived("T" + UUID.randomUUID(), "ICBC", "62220000" + auditNumber,
                            "单位" + auditNumber, orderTotal, auditNumber, Instant.now()));
                }
                producer.flush();
                double published = (System.nanoTime() - start) / 1e9;
                await(() -> creditedLines.get() >= total, Duration.ofMinutes(5), "credited lines");
                double linesOut = (System.nanoTime() - start) / 1e9;
                await(() -> jdbc.queryForObject("select count(*) from remittance_order_view where state = 'SUCCEEDED'",
                        Long.class) >= UNITS, Duration.ofMinutes(5), "orders 成功");
                double elapsed = (System.nanoTime() - start) / 1e9;
                listening.set(false);
                counter.join();

                System.out.printf("month-end wave: %,d units × %,d employees = %,d lines; %,d transfers published in %.2f s%n",
                        UNITS, EMPLOYEES, total, UNITS, published);
                System.out.printf("  all RemittanceCredited lines out after %.2f s; all orders 成功 after %.2f s "
                                + "(target ≤ 20 s: %s) → %,.0f lines/s, %,.0f orders/s%n", linesOut, elapsed,
                        elapsed <= 20 ? "met" : "MISSED", total / elapsed, UNITS / elapsed);
                System.out.printf("  measured in the same run: Kafka produce %,.0f records/s, Kafka consume %,.0f records/s, "
                        + "PostgreSQL batched insert %,.0f rows/s%n", produce, consume, insert);
                System.out.println(BenchSupport.RAW_LIMITS);
            }
        }
        // Client and scheduler threads of the closed context must not keep a finished benchmark alive.
        System.exit(0);
    }

    private static List<String> openAccounts(KafkaProducer<String, byte[]> producer) {
        List<String> units = new ArrayList<>();
        Instant now = Instant.now();
        for (int u = 0; u < UNITS; u++) {
            String unitId = String.format("UW%05d", u);
            units.add(unitId);
            send(producer, new UnitAccountOpened(unitId, "DW" + unitId, "单位" + unitId, 12, 12, now));
            for (int e = 0; e < EMPLOYEES; e++) {
                send(producer, new EmployeeAccountOpened(String.format("P%s%04d", unitId, e), unitId,
                        String.format("42010119900101%04d", e), "职工" + e, BASE_FEN, YearMonth.of(2026, 1), now));
            }
        }
        producer.flush();
        return units;
    }

    private static Map<String, String> reviewAll(CommandGateway commands, MonthlyLines monthly, JdbcTemplate jdbc,
                                                 List<String> units) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (String unitId : units) {
            work.add(pool.submit(() -> {
                String orderId = "R" + unitId;
                commands.sendAndWait(new EnterOrderCommand(orderId, unitId, OrderKind.MONTHLY,
                        monthly.linesFor(unitId, MONTH, Instant.parse("2026-11-16T02:00:00Z")), "MAKER-" + unitId,
                        UUID.randomUUID().toString()));
                commands.sendAndWait(new SubmitOrderCommand(orderId, unitId, "MAKER-" + unitId, UUID.randomUUID().toString()));
                commands.sendAndWait(new ReviewOrderCommand(orderId, unitId, "CHECKER-" + unitId, Settlement.BANK_TRANSFER,
                        UUID.randomUUID().toString()));
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        Map<String, String> auditNumbers = new HashMap<>();
        jdbc.query("select order_id, audit_number from remittance_order_view where state = 'PROCESSING'",
                rs -> {
                    auditNumbers.put(rs.getString(1), rs.getString(2));
                });
        return auditNumbers;
    }

    /** The setup's own events (entered, submitted, reviewed) are on Kafka before the wave starts. */
    private static void awaitOutboxIdle(JdbcTemplate jdbc) throws InterruptedException {
        long head = jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
        await(() -> {
            List<byte[]> tokens = jdbc.queryForList("select token from tokenentry where processorname = 'outbox'", byte[].class);
            return !tokens.isEmpty() && tokens.get(0) != null
                    && new String(tokens.get(0), StandardCharsets.UTF_8).contains("\"index\":" + head);
        }, Duration.ofMinutes(3), "outbox caught up");
    }

    private static Thread countCreditedLines(String kafka, AtomicLong lines, AtomicBoolean listening) {
        Thread thread = new Thread(() -> {
            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                    ConsumerConfig.GROUP_ID_CONFIG, "wave-" + UUID.randomUUID(),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(Topics.REMITTANCE));
                while (listening.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        var type = record.headers().lastHeader(EventEnvelope.Headers.TYPE);
                        if (type != null && new String(type.value(), StandardCharsets.UTF_8)
                                .equals("remittance.RemittanceCredited.v1")) {
                            JsonNode body = read(record.value());
                            lines.addAndGet(body.get("lines").size());
                        }
                    }
                }
            }
        }, "credited-lines-counter");
        thread.start();
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread;
    }

    private static double kafkaProduceRate(String kafka) {
        byte[] value = new byte[512];
        int records = 200_000;
        try (var producer = producer(kafka)) {
            long start = System.nanoTime();
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>("raw-limits", Integer.toString(i), value));
            }
            producer.flush();
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double kafkaConsumeRate(String kafka) {
        int records = 200_000;
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ConsumerConfig.GROUP_ID_CONFIG, "raw-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("raw-limits"));
            long read = 0;
            long start = 0;
            while (read < records) {
                int n = consumer.poll(Duration.ofMillis(200)).count();
                if (n > 0 && start == 0) {
                    start = System.nanoTime();
                }
                read += n;
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static double postgresBatchInsertRate(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            c.createStatement().execute("create table raw_rows (id bigint primary key, payload varchar(500))");
            c.setAutoCommit(false);
            String payload = "x".repeat(480);
            int rows = 100_000;
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("insert into raw_rows values (?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setLong(1, i);
                    insert.setString(2, payload);
                    insert.addBatch();
                    if (i % 1_000 == 999) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static KafkaProducer<String, byte[]> producer(String kafka) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, IntegrationEvent event) {
        EventType type = EventType.of(event.getClass());
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventEnvelope.Headers.SPEC_VERSION, EventEnvelope.SPEC_VERSION.getBytes(StandardCharsets.UTF_8));
        headers.add(EventEnvelope.Headers.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(EventEnvelope.Headers.TYPE, type.toString().getBytes(StandardCharsets.UTF_8));
        headers.add(EventEnvelope.Headers.SOURCE, "/bench".getBytes(StandardCharsets.UTF_8));
        headers.add(EventEnvelope.Headers.SUBJECT, event.subject().getBytes(StandardCharsets.UTF_8));
        headers.add(EventEnvelope.Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        producer.send(new ProducerRecord<>(type.topic(), null, event.subject(), EventJson.write(event), headers));
    }

    private static JsonNode read(byte[] json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void await(Condition condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                if (condition.met()) {
                    return;
                }
            } catch (Exception e) {
                // not there yet
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
