package com.gjjhall.account.bench;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.remittance.CreditedLine;
import com.gjjhall.contracts.remittance.RemittanceCredited;
import com.gjjhall.contracts.remittance.RemittanceKind;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Credits applied per second: a month-end remittance of 50,000 employee lines, published as remittance-service
 * does (RemittanceCredited in parts of 1,000 lines) and consumed from Kafka, until every line is in the ledger.
 * Target ≥ 5,000 lines/s; one Axon command per line manages ~1,700/s here. A second wave repeats every
 * employee-month under another order: nothing may be credited twice, and the rate of recognising that is shown.
 */
public final class CreditBench {

    private static final int EMPLOYEES = 50_000;
    private static final int LINES_PER_PART = 1_000;

    public static void main(String[] args) throws Exception {
        try {
            measure();
        } finally {
            System.exit(0);
        }
    }

    private static void measure() throws Exception {
        try (BenchApp app = new BenchApp("account_bench_credit")) {
            String unit = "U-BENCH-CREDIT";
            List<String> accounts = app.seedUnit(unit, EMPLOYEES, 400_000_000_001L);
            YearMonth month = YearMonth.now();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, app.infrastructure.kafkaBootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4_000_000),
                    new StringSerializer(), new ByteArraySerializer())) {
                warmUp(app, producer, unit, accounts.subList(0, 10), month.minusMonths(12));
                for (String wave : new String[]{"first credit", "same months again"}) {
                    String order = UUID.randomUUID().toString();
                    List<ProducerRecord<String, byte[]>> parts = parts(order, unit, accounts, month);
                    long started = System.nanoTime();
                    parts.forEach(producer::send);
                    producer.flush();
                    awaitParts(app, order, parts.size());
                    double seconds = (System.nanoTime() - started) / 1e9;
                    long credited = app.jdbc.queryForObject("select count(*) from contribution_credit where order_id = ?",
                            Long.class, order);
                    System.out.printf("%-18s %,d lines in %d parts of %,d: %.2f s, %,.0f lines/s; newly credited %,d"
                                    + " (target ≥ 5,000 lines/s; one Axon command per line ~1,700/s); %s%n",
                            wave, EMPLOYEES, parts.size(), LINES_PER_PART, seconds, EMPLOYEES / seconds, credited,
                            BenchApp.load());
                }
                long total = app.jdbc.queryForObject("select sum(balance_fen) from employee_account where unit_id = ?",
                        Long.class, unit);
                long rows = app.jdbc.queryForObject("select count(*) from contribution_credit where month = ?", Long.class,
                        month.toString());
                System.out.printf("credited employee-months for %s: %,d of %,d employees; balances total %,d fen%n",
                        month, rows, EMPLOYEES, total);
            }
            System.out.println(BenchApp.RAW_LIMITS);
        }
    }

    private static void warmUp(BenchApp app, KafkaProducer<String, byte[]> producer, String unit, List<String> accounts,
                               YearMonth month) throws Exception {
        String order = UUID.randomUUID().toString();
        parts(order, unit, accounts, month).forEach(producer::send);
        producer.flush();
        awaitParts(app, order, 1);
    }

    private static void awaitParts(BenchApp app, String order, int parts) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (app.jdbc.queryForObject("select count(*) from credited_part where order_id = ?", Integer.class, order) < parts) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("credits not applied within 5 minutes");
            }
            Thread.sleep(10);
        }
    }

    private static List<ProducerRecord<String, byte[]>> parts(String order, String unit, List<String> accounts,
                                                              YearMonth month) {
        int count = (accounts.size() + LINES_PER_PART - 1) / LINES_PER_PART;
        String audit = String.valueOf(20_000_000_000_000L + Math.abs(order.hashCode()) % 1_000_000_000L);
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            List<CreditedLine> lines = new ArrayList<>();
            for (String account : accounts.subList(p * LINES_PER_PART, Math.min(accounts.size(), (p + 1) * LINES_PER_PART))) {
                lines.add(new CreditedLine(account, month, 96_000, 96_000));
            }
            RemittanceCredited event = new RemittanceCredited(order, audit, unit, RemittanceKind.MONTHLY,
                    192_000L * accounts.size(), p + 1, count, lines, Instant.now());
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("remittance.events", order, EventJson.write(event));
            record.headers().add(EventEnvelope.Headers.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventEnvelope.Headers.TYPE, "remittance.RemittanceCredited.v1".getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventEnvelope.Headers.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        return records;
    }
}
