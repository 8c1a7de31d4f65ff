package com.gjjhall.identity.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Drives a request at a fixed rate (open loop) or as fast as N clients can (closed loop), timing each. */
final class Load {

    /** One unit of work; true when it succeeded. */
    interface Work {
        boolean run(int i) throws Exception;
    }

    /** Latencies (ns) of the successful runs, the failures, and how long the run took. */
    record Result(List<Long> latencies, int failures, Duration elapsed) {

        double perSecond() {
            return latencies.size() / (elapsed.toNanos() / 1e9);
        }

        double percentileMillis(double p) {
            if (latencies.isEmpty()) {
                return Double.NaN;
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    private Load() {
    }

    /**
     * {@code rate} starts per second for {@code duration}; latency counts from the planned start, so a stall
     * shows in the figures instead of silently lowering the rate (no coordinated omission).
     */
    static Result openLoop(Work work, double rate, Duration duration) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long intervalNanos = (long) (1e9 / rate);
        int total = (int) (rate * duration.toSeconds());
        long start = System.nanoTime();
        List<Future<?>> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            long planned = start + i * intervalNanos;
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int n = i;
            pending.add(workers.submit(() -> record(work, n, planned, latencies, failures)));
        }
        for (Future<?> f : pending) {
            f.get();
        }
        workers.shutdown();
        return new Result(latencies, failures.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    static Result closedLoop(Work work, int clients, Duration duration) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    record(work, counter.getAndIncrement(), System.nanoTime(), latencies, failures);
                }
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        workers.shutdown();
        return new Result(latencies, failures.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static void record(Work work, int i, long planned, List<Long> latencies, AtomicInteger failures) {
        try {
            if (work.run(i)) {
                latencies.add(System.nanoTime() - planned);
            } else {
                failures.incrementAndGet();
            }
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }
}
