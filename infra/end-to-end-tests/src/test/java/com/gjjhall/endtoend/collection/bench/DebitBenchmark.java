package com.gjjhall.endtoend.collection.bench;

import com.gjjhall.endtoend.ServiceJars;
import com.gjjhall.endtoend.collection.CollectionPlatform;
import com.gjjhall.launcher.ServiceProcess;
import com.gjjhall.testkit.Infrastructure;
import com.gjjhall.testkit.RealInfrastructure;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Entrusted-collection debits end to end: remittance review's CollectionDebitRequested on Kafka, through
 * collection-service, the bank simulator and back, to the DebitSucceeded remittance-service settles the order
 * on. Both services run as their real jars, PostgreSQL and Kafka as the test kit starts them, all on this machine.
 * Prints debits settled per second and latency percentiles, without faults and with them, beside the raw limits
 * of STACK.md.
 *
 * <p>Target (issue 6): 500 debits/s end to end with p99 under 1 s without faults, on 2 cores, which needs well under
 * 4 ms of CPU per debit in all processes (the whole of both cores at 500/s). The CPU per debit printed for each
 * process is the figure to watch: the machine is shared, and throughput and latency follow what else runs on it
 * (each run prints the 1-minute load average at its end).
 *
 * <p>The services run with the JVM they have where they are deployed: the launcher's options, then
 * {@link ServiceProcess#DEPLOYED_JVM_FLAGS} (717 MiB heap, SerialGC, the full JIT, as infra/deploy's Dockerfile
 * and 1 GiB / 2 CPU limits give them); {@code -Dbench.launcherJvm=true} leaves the launcher's dev JVM (256 MiB,
 * C1 only). {@code -Dbench.jvmFlags="..."} adds flags after those, e.g. a flight recording ({@code
 * -XX:StartFlightRecording=filename=...,settings=profile}, one file name per service). Before the measured runs,
 * {@code bench.warmup} debits (30,000) run at capacity in unreported rounds of 5,000 whose figures are printed:
 * C2 has compiled the hot paths when their CPU per debit stops falling (12.3, 5.7, 3.1, 2.9, 2.5, 2.4 ms here).
 * {@code -Dbench.faults=false} skips the fault runs, {@code -Dbench.burstOnly=true} all but the capacity run.
 *
 * <p>Run after building the jars: {@code mvn -B -o -q -pl collection-service,infra/bank-simulator,infra/end-to-end-tests
 * -am package -DskipTests} (delete the two jars first when only a library changed: a repackaged jar whose own
 * classes did not change is not rebuilt, and keeps the old libraries), then this class's main with the e2e
 * module's test class path, from {@code infra/end-to-end-tests}. Arguments: units (200), debits per run (10000),
 * offered rate per second (500). collection-service keeps its production answer timeout (30 s): shorter ones make
 * a backlog worse by asking about every queued debit, and a lost answer costs one timeout, which the fault runs
 * show (a debit whose answer is lost again and again waits 30, 30, 60, 120 s...: the fault runs' maximum and
 * their settled per second, which counts until the last debit settled). A backlog older than that timeout is
 * asked about too, so a run on a busy machine costs more CPU per debit.
 *
 * <p>Figures with the launcher's dev JVM (CPU ms per debit in all processes at capacity, load average of the
 * shared machine in brackets): 16.2 at 91 debits/s when each event was its own transaction (load 5-12); 7.7 with
 * a poll in one transaction, the bank's debits executed together and two round trips fewer in collection-service
 * (load ~15); 5.9 without Axon's handler time limits (load ~10); 4.2-5.1 at 349-383 debits/s with two consumer
 * threads a service (load 2-15); paced at 60% of capacity (209/s) p99 0.75 s, but 8.8 ms a debit.
 *
 * <p>Figures with the deployed JVM, warmed up (collection + bank + PostgreSQL + Kafka & client = total CPU ms per
 * debit; the other engineer's login benchmark ran beside most of them):
 * <ul>
 * <li>The full JIT alone, before this round's changes (load 7-18): capacity 572/s at 0.91 + 0.24 + 1.26 + 0.50 =
 * 2.91 (349-383/s at 4.2-5.1 with the dev JVM); offered 500/s, 329/s settled, p99 18.5 s at 3.77; offered 343/s,
 * 278/s, p99 13.4 s at 4.72: paced runs cost more per debit, in small polls, and fell behind.
 * <li>With a poll's bank answers routed to their debits in one query, the watch on an instruction opened and closed
 * in the debit-status statements (two statements fewer a debit), and both services' consumers waiting for 32 KB
 * or 100 ms a fetch (polls at a steady rate are no longer one or two events), four runs of the same code:
 * capacity 808, 665, 520 and 418/s at 2.04, 2.49, 2.48 and 2.55 (0.71-0.88 + 0.15-0.22 + 0.84-1.01 + 0.34-0.48;
 * load 8-12, 4-13, 8, 17). Offered 500/s: 485/s settled at p50 0.33 s, p95 0.90 s, p99 1.27 s, 2.96 (0.82 + 0.15
 * + 0.97 + 1.02, load ~10); 465/s, p50 1.4 s, p99 3.5 s, 3.84 (load ~10); 420/s, p50 2.0 s, p99 7.0 s, 3.13 (load
 * 8); 359/s, p50 5.4 s, p99 13.4 s, 3.33 (load 18). Offered 60% of capacity: 476/s at p99 0.87 s, 2.44; 386/s at
 * p99 4.4 s, 4.47; 309/s at p99 1.36 s, 3.55; 246/s at p99 1.12 s, 3.88 (load 23).
 * <li>Faults (5% of answers lost, 5% sent twice, 20 ms bank latency) at 60% of capacity: p50 0.44-6.5 s, p99
 * 30.5-35.9 s (a lost answer waits the 30 s answer timeout), max 61-91 s, 4.2-5.2 ms a debit; with 2%
 * 银行方系统故障 added (196-216 resubmitted): p50 0.8-3.1 s, p99 31.5-33 s, max 91-273 s, 5.4-6.6 ms (the idle
 * tail of asking again is spread over the run's debits). In every run each audit number was debited once at
 * the bank: 80,000 DEBIT SUCCEEDED for the 80,000 audit numbers of warm-up and runs, beside the 196-216
 * BANK_SYSTEM_FAULT that were resubmitted.
 * <li>The merged code on the machine with nothing else running (load 4.8-5.6, these processes; {@code
 * -Dbench.faults=false}): warm-up rounds 7.78, 5.20, 3.99, 4.07, 3.02, 2.67 ms; capacity 560/s at 3.08 (1.01 +
 * 0.27 + 1.18 + 0.61); offered 500/s: 425/s settled, p50 3.1 s, p99 7.2 s at 4.28 (1.17 + 0.43 + 1.27 + 1.41);
 * offered 335/s: 332/s, p50 0.27 s, p99 0.83 s at 4.14. Paced, the Kafka and client share more than doubles
 * (small produce and fetch requests), so 500/s paced needs 2.1 cores: not there yet.
 * <li>A poll's debit requests, and a poll's bank answers, each one Axon unit of work (one batch of event appends,
 * the view handed the events together), alone on the machine (load 7.5): capacity 538/s at 3.23 (1.07 + 0.40 +
 * 1.11 + 0.66); offered 500/s: 492/s settled, p50 0.39 s, p99 1.27 s at 3.44 (0.89 + 0.20 + 1.00 + 1.36).
 * <li>With new audit numbers and the units' payer accounts found in one query a poll, not two a debit, two runs
 * alone (load 6.4-7.1): capacity 877 and 702/s at 2.02 (0.62 + 0.16 + 0.72 + 0.52) and 2.52; offered 500/s:
 * 493/s settled (what the last debit's latency leaves of 500/s) at p50 0.32 s, p95 0.59 s, p99 0.69 s, 3.23
 * (0.77 + 0.38 + 0.78 + 1.30), and at p50 0.56 s, p99 1.45 s, 3.49 (0.87 + 0.33 + 0.91 + 1.37); offered 60% of
 * capacity: 517/s at p99 0.65 s, 2.63; 416/s at p99 0.54 s, 2.93.
 * <li>With the load generator producing as remittance-service's outbox does (5 ms linger, not 2) and the debit-status
 * view's statements of a poll sent as JDBC batches: beside the other engineer's full Maven build (load 10.5-11),
 * capacity 564/s at 2.31; offered 500/s: 493/s at p50 0.55 s, p99 1.50 s, 2.69 (0.64 + 0.25 + 0.75 + 1.05). Then
 * twice alone on the machine (load 4.1-5.8 and 5.8-7.3; the second's warm-up rounds fell more slowly, 6.63 ... 2.83):
 * capacity 1,063 and 697/s at 1.68 (0.48 + 0.22 + 0.57 + 0.41) and 2.61 (0.78 + 0.34 + 0.77 + 0.73); offered
 * 500/s: 493/s settled at p50 0.24 s, p95 0.36 s, p99 0.51 s, max 0.67 s, 2.32 (0.51 + 0.22 + 0.58 + 1.01), and
 * 494/s at p50 0.38 s, p95 0.69 s, p99 0.79 s, max 0.95 s, 3.47 (0.84 + 0.37 + 0.81 + 1.45); offered 60% of
 * capacity: 626/s settled at p99 0.55 s, 2.08; 414/s at p99 0.53 s, 2.96. With faults, after only 5,000 debits of
 * warm-up (load up to 9): p99 30.4 s both (the answer timeout), max 151 and 61 s; each audit number debited once at
 * the bank, 55,000 DEBIT SUCCEEDED for the 55,000 of warm-up and runs, beside 214 BANK_SYSTEM_FAULT resubmitted.
 * </ul>
 * Alone on the machine the target is met: 500 debits/s offered are all settled (493-494/s: what the last debit's
 * latency leaves of 500/s) at p99 0.51-0.79 s, and 626/s in the run with the larger capacity at p99 0.55 s, for
 * 2.3-3.5 ms of CPU a debit in all processes (1.2-1.75 of the 2 cores at 500/s). A busy machine still pushes p99
 * past 1 s (1.5 s beside a full Maven build). Paced, the Kafka broker and this client are the largest part (1.0-1.45
 * ms: small produce and fetch requests, and the test broker flushes its log after every message, about half its
 * CPU in system time), then PostgreSQL (0.6-0.8) and collection-service (0.5-0.85). This JVM's JIT compiler still
 * takes about 0.3 ms a debit in the measured runs after the 30,000 debits of warm-up, collection-service's 0.1.
 */
public final class DebitBenchmark {

    private static final long AMOUNT = 408_000;

    private final CollectionPlatform platform;
    private final List<CollectionPlatform.Unit> units;
    private final ProcessHandle collection;
    private final ProcessHandle bank;
    private final String postgresPort;
    private long nextAudit = System.currentTimeMillis() % 1_000_000 * 10_000;

    private DebitBenchmark(CollectionPlatform platform, List<CollectionPlatform.Unit> units, ProcessHandle collection,
                           ProcessHandle bank, String postgresPort) {
        this.platform = platform;
        this.postgresPort = postgresPort;
        this.units = units;
        this.collection = collection;
        this.bank = bank;
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failure) {
            failure.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) {
        int unitCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int debits = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Infrastructure infrastructure = RealInfrastructure.get();
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        List<String> jvmFlags = jvmFlags();
        System.out.println("service JVMs: java " + String.join(" ", ServiceProcess.JVM_OPTIONS) + " " + String.join(" ", jvmFlags)
                + " (later flags win)");
        ServiceProcess bank = ServiceJars.service("infra/bank-simulator").database("bank_bench_" + run)
                .jvmFlags(jvmFlags).start(infrastructure);
        ServiceProcess collection = ServiceJars.service("collection-service").database("collection_bench_" + run)
                .env("GJJ_COLLECTION_BANK_WATCH_INTERVAL", "200ms").jvmFlags(jvmFlags).start(infrastructure);
        try (CollectionPlatform platform = new CollectionPlatform(infrastructure, collection, bank)) {
            ServiceProcess.awaitHealthy(List.of(bank, collection), Duration.ofSeconds(180), p -> { });
            long setup = System.nanoTime();
            List<CollectionPlatform.Unit> units = platform.unitsWithAgreements(Long.parseLong(run) * 100_000, unitCount,
                    "ICBC", 1_000_000_000_000L, 16);
            System.out.printf("setup: %d units enrolled, accounts opened and registered (bank-checked) in %.1f s%n",
                    unitCount, (System.nanoTime() - setup) / 1e9);
            String postgresPort = infrastructure.jdbcUrl("bank_bench_" + run).replaceAll(".*localhost:(\\d+)/.*", "$1");
            DebitBenchmark bench = new DebitBenchmark(platform, units, collection.handle(), bank.handle(), postgresPort);

            bench.warmUp(Integer.getInteger("bench.warmup", 30_000));
            List<String> report = new ArrayList<>();
            Run burst = bench.measure("no faults, all at once (capacity)", debits, 0);
            report.add(burst.line());
            if (Boolean.getBoolean("bench.burstOnly")) {
                report.forEach(System.out::println);
                return;
            }
            report.add(bench.measure("no faults, offered " + rate + "/s (the target)", debits, rate).line());
            int sustainable = Math.max(10, (int) (burst.settledPerSecond() * 0.6));
            report.add(bench.measure("no faults, offered " + sustainable + "/s (60% of capacity)", debits, sustainable).line());
            if (!Boolean.parseBoolean(System.getProperty("bench.faults", "true"))) {
                report.forEach(System.out::println);
                return;
            }
            platform.faults(0.0, 20, 0.05, 0.05);
            report.add(bench.measure("faults: 5% answers lost, 5% duplicated, 20 ms bank latency, offered " + sustainable
                    + "/s", debits, sustainable).line());
            platform.faults(0.02, 20, 0.05, 0.05);
            report.add(bench.measure("faults as above + 2% 银行方系统故障 (resubmitted at once), offered " + sustainable + "/s",
                    debits, sustainable).line());
            platform.faults(0, 0, 0, 0);

            System.out.println();
            System.out.printf("Entrusted-collection debits, CollectionDebitRequested -> DebitSucceeded, on %d cores%n",
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-92s %7s %9s %8s %8s %8s %8s   %s%n", "run", "debits", "settled/s", "p50 ms", "p95 ms",
                    "p99 ms", "max ms", "CPU ms per debit: collection + bank + PostgreSQL + Kafka & this client = total,"
                            + " then the machine's 1-minute load average at the end of the run");
            report.forEach(System.out::println);
            System.out.println("bank executions: " + platform.bankOutcomeCounts());
            System.out.println("""
                    Raw limits of this kind of machine (STACK.md, 2 cores): Axon one command -> one event 1.4k-1.9k/s;
                    PostgreSQL one row per transaction 6.7k-7.0k/s (1 thread), 11.2k-11.9k (4 threads);
                    Kafka produce 101k-162k records/s, consume 402k-558k; Axon tracking processor 4.1k-4.3k events/s at
                    batch size 1, 27k-30k at 100. Each debit here is 2 inbound events, 2 Axon commands and 2 stored,
                    published events in collection-service, 1 inbound event and 1 transaction in the bank, 4 records
                    on Kafka.""");
        } finally {
            ServiceProcess.stopAll(List.of(collection, bank), ServiceProcess.STOP_GRACE, System.out::println);
        }
    }

    /**
     * The services' JVM flags after the launcher's {@link ServiceProcess#JVM_OPTIONS}: the deployed JVM's
     * ({@link ServiceProcess#DEPLOYED_JVM_FLAGS}) unless {@code -Dbench.launcherJvm=true} asks for the launcher's
     * dev JVM, then {@code -Dbench.jvmFlags} (space-separated, e.g. a flight recording), which win over both.
     */
    private static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        if (!Boolean.getBoolean("bench.launcherJvm")) {
            flags.addAll(ServiceProcess.DEPLOYED_JVM_FLAGS);
        }
        Arrays.stream(System.getProperty("bench.jvmFlags", "").split(" ")).filter(flag -> !flag.isBlank()).forEach(flags::add);
        return flags;
    }

    /**
     * Debits at capacity that are not reported, in rounds of 5,000, so that the JIT has compiled the hot paths
     * (C2 needs tens of thousands of calls) before the measured runs: the CPU per debit of successive rounds
     * shows when it has.
     */
    private void warmUp(int debits) {
        int round = 1;
        for (int left = debits; left > 0; left -= 5_000, round++) {
            measure("warm-up round " + round + " at capacity (not reported)", Math.min(left, 5_000), 0);
        }
    }

    /** One run's figures. */
    private record Run(String line, double settledPerSecond) {
    }

    /**
     * Sends {@code count} debit requests, paced at {@code rate} a second (0: as fast as possible), each for a
     * new audit number, and waits for every one to succeed. A request that fails (银行方系统故障) is resubmitted
     * the moment its failure arrives, as the reviewer would; its latency runs until the resubmission succeeds.
     */
    private Run measure(String name, int count, int rate) {
        Map<String, String> original = new ConcurrentHashMap<>();
        Map<String, String[]> debitOf = new ConcurrentHashMap<>();
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> settled = new ConcurrentHashMap<>();
        AtomicInteger resubmitted = new AtomicInteger();
        Consumer<CollectionPlatform.Outcome> reviewer = outcome -> {
            String first = original.get(outcome.debitRequestId());
            if (first == null) {
                return;
            }
            if (outcome.type().equals("SUCCEEDED")) {
                settled.putIfAbsent(first, outcome.receivedNanos());
            } else {
                String again = "B-" + UUID.randomUUID();
                original.put(again, first);
                resubmitted.incrementAndGet();
                platform.requestDebit(again, debitOf.get(first)[0], debitOf.get(first)[1], AMOUNT);
                platform.flush();
            }
        };
        platform.onOutcome(reviewer);
        long[] cpuBefore = cpu();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (rate > 0) {
                long due = start + i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    LockSupport.parkNanos(due - System.nanoTime());
                }
            }
            CollectionPlatform.Unit unit = units.get(i % units.size());
            String request = "B-" + UUID.randomUUID();
            debitOf.put(request, new String[] {String.format("2026%010d", nextAudit++), unit.unitId()});
            original.put(request, request);
            sent.put(request, System.nanoTime());
            platform.requestDebit(request, debitOf.get(request)[0], unit.unitId(), AMOUNT);
        }
        platform.flush();
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (settled.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + ": " + (count - settled.size()) + " debits not settled after 10 minutes");
            }
            LockSupport.parkNanos(10_000_000);
        }
        platform.removeListener(reviewer);
        long[] cpuAfter = cpu();
        long[] latencies = sent.entrySet().stream().mapToLong(e -> settled.get(e.getKey()) - e.getValue()).sorted().toArray();
        long lastSettled = settled.values().stream().mapToLong(Long::longValue).max().orElse(start);
        double seconds = (lastSettled - start) / 1e9;
        double[] perDebit = new double[cpuAfter.length];
        for (int i = 0; i < perDebit.length; i++) {
            perDebit[i] = (cpuAfter[i] - cpuBefore[i]) / 1e6 / count;
        }
        String line = String.format("%-92s %7d %9.0f %8.0f %8.0f %8.0f %8.0f   %.2f + %.2f + %.2f + %.2f = %.2f   %5.1f", name,
                count, count / seconds, millis(latencies, 0.50), millis(latencies, 0.95), millis(latencies, 0.99),
                latencies[count - 1] / 1e6, perDebit[0], perDebit[1], perDebit[2], perDebit[3],
                perDebit[0] + perDebit[1] + perDebit[2] + perDebit[3],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (resubmitted.get() > 0) {
            line += "  (" + resubmitted.get() + " resubmitted)";
        }
        System.out.println(line);
        return new Run(line, count / seconds);
    }

    /**
     * CPU time used so far, in nanoseconds: collection-service, the bank simulator, the PostgreSQL processes, and
     * this JVM (the Kafka broker runs in it, with this benchmark's client). Compared before and after a run it
     * tells what a debit costs whatever else the machine is doing.
     */
    private long[] cpu() {
        long postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("postgres") && c.contains("-p " + postgresPort))
                        .orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                .mapToLong(DebitBenchmark::cpuOf).sum();
        return new long[] {cpuOf(collection), cpuOf(bank), postgres, cpuOf(ProcessHandle.current())};
    }

    private static long cpuOf(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
