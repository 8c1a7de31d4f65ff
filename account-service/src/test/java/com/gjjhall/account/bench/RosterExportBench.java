package com.gjjhall.account.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Roster export (全量清册) of a 50,000-employee unit, downloaded over HTTP as XLSX and as CSV.
 * Targets: XLSX ≤ 5 s, CSV ≤ 2 s, streamed: heap growth ≤ 64 MiB. Heap growth is reported two ways: the
 * peak of used heap above the post-GC baseline (garbage included), and the peak of what survived each GC
 * (what the export holds). Run with a small heap, e.g. {@code -Xmx512m -XX:+UseSerialGC}.
 */
public final class RosterExportBench {

    private static final int EMPLOYEES = 50_000;

    public static void main(String[] args) throws Exception {
        try {
            measure();
        } finally {
            System.exit(0);
        }
    }

    private static void measure() throws Exception {
        try (BenchApp app = new BenchApp("account_bench_export")) {
            app.seedUnit("U-BENCH-EXPORT", EMPLOYEES, 300_000_000_001L);
            String token = app.operatorToken("U-BENCH-EXPORT");
            HttpClient http = HttpClient.newHttpClient();
            for (String format : new String[]{"csv", "xlsx", "csv", "xlsx"}) {
                run(http, app.baseUrl + "/api/account/employees/roster." + format, token, format);
            }
            System.out.println(BenchApp.RAW_LIMITS);
        }
    }

    private static void run(HttpClient http, String url, String token, String format) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long retainedBaseline = retained();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicLong retainedPeak = new AtomicLong(retainedBaseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                retainedPeak.accumulateAndGet(retained(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        System.out.printf("roster %-4s %d employees: status %d, %,d bytes in %.2f s (%,.0f rows/s); heap growth: peak used +%d MiB"
                        + " (garbage included), retained after GC +%d MiB; target %s; %s%n",
                format, EMPLOYEES, response.statusCode(), bytes, seconds, EMPLOYEES / seconds,
                (peak.get() - baseline) >> 20, Math.max(0, retainedPeak.get() - retainedBaseline) >> 20,
                format.equals("csv") ? "≤ 2 s" : "≤ 5 s", BenchApp.load());
    }

    /** Heap that survived the latest collection of each pool. */
    private static long retained() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }
}
