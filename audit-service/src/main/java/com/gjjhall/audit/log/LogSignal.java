package com.gjjhall.audit.log;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Wakes the log's readers (the live projections) as soon as entries are appended, so an event reaches
 * the views in milliseconds rather than at the next poll. Readers still poll: another instance may
 * have appended.
 */
@Component
public class LogSignal {

    private long appended;

    public synchronized void appended() {
        appended++;
        notifyAll();
    }

    /** Waits until something is appended after {@code seen} or {@code timeout} passes; returns the new count. */
    public synchronized long awaitAfter(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (appended == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return appended;
    }

    public synchronized long count() {
        return appended;
    }
}
