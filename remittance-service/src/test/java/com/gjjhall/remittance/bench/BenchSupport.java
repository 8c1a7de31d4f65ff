package com.gjjhall.remittance.bench;

import com.gjjhall.localservers.LocalPostgres;
import com.gjjhall.remittance.RemittanceApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What both benchmarks need: the real servers, the service's context, heap figures, the raw limits. */
final class BenchSupport {

    static final String RAW_LIMITS = """
              raw limits of this kind of machine (shared/STACK.md, 2 cores, 3 runs min–max):
                Kafka produce 512 B, acks=all, idempotent   101k–162k records/s
                Kafka consume                              402k–558k records/s
                PostgreSQL 100 rows per transaction         34k–39k rows/s (1 thread)
                PostgreSQL batched, reWriteBatchedInserts   ~49k rows/s (1 thread)
                PostgreSQL COPY                             62k–66k rows/s
                Axon one command → one event                1.4k–1.9k commands/s""";

    private BenchSupport() {
    }

    /** PostgreSQL (its own processes) and a Kafka broker in a child JVM: neither counts in this JVM's heap. */
    record Servers(LocalPostgres postgres, Process kafkaProcess, String kafkaBootstrapServers) implements AutoCloseable {
        @Override
        public void close() {
            kafkaProcess.destroy();
            postgres.close();
        }
    }

    static Servers startServers() throws IOException {
        Process kafka = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), KafkaProcess.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(kafka.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith(KafkaProcess.READY)) {
            // broker start-up chatter
        }
        if (line == null) {
            throw new IllegalStateException("the Kafka broker did not start");
        }
        return new Servers(LocalPostgres.startEphemeral(), kafka, line.substring(KafkaProcess.READY.length()));
    }

    static ConfigurableApplicationContext startService(Servers servers, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", servers.postgres().ensureDatabase("remittance"),
                "spring.datasource.username", LocalPostgres.USER,
                "spring.datasource.password", "",
                "spring.kafka.bootstrap-servers", servers.kafkaBootstrapServers(),
                "server.port", "0",
                "gjj.tokens.jwks-uri", "http://localhost:9/unused",
                "logging.level.root", "WARN",
                "logging.level.com.gjjhall", "WARN"));
        properties.putAll(extra);
        // System properties: above the platform defaults, as the environment would be for the real jar.
        properties.forEach((key, value) -> System.setProperty(key, value.toString()));
        return new SpringApplicationBuilder(RemittanceApplication.class).run();
    }

    static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Collects, then starts measuring peaks from here; returns the heap in use now. */
    static long settleAndResetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    /** Sum of each heap pool's peak since the reset: an upper bound of the heap in use at any moment. */
    static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }
}
