package com.gjjhall.localservers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LocalServersTest {

    @Test
    void durablePostgresKeepsItsDataAcrossARestartAndRunsWithFsyncOn() throws Exception {
        Path data = Files.createTempDirectory("gjj-pg-");
        int port = LocalKafka.freePort();
        try (LocalPostgres pg = LocalPostgres.startDurable(data, port)) {
            String url = pg.ensureDatabase("ledger");
            try (var c = DriverManager.getConnection(url, LocalPostgres.USER, "")) {
                c.createStatement().execute("create table entry (id int primary key)");
                c.createStatement().execute("insert into entry values (42)");
                ResultSet fsync = c.createStatement().executeQuery("show fsync");
                fsync.next();
                assertThat(fsync.getString(1)).isEqualTo("on");
            }
        }
        try (LocalPostgres pg = LocalPostgres.startDurable(data, port)) {
            try (var c = DriverManager.getConnection(pg.ensureDatabase("ledger"), LocalPostgres.USER, "")) {
                ResultSet rs = c.createStatement().executeQuery("select id from entry");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossARestart() throws Exception {
        Path logs = Files.createTempDirectory("gjj-kafka-");
        int port = LocalKafka.freePort();
        try (LocalKafka kafka = LocalKafka.start(logs, port);
             var producer = new KafkaProducer<String, String>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("probe", "k", "kept")).get();
        }
        try (LocalKafka kafka = LocalKafka.start(logs, port);
             var consumer = new KafkaConsumer<String, String>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                     ConsumerConfig.GROUP_ID_CONFIG, "probe",
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("probe"));
            String value = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (value == null && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    value = r.value();
                }
            }
            assertThat(value).isEqualTo("kept");
        }
    }
}
