package com.gjjhall.banksimulator.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/** The faults in force, and the dice each answer is thrown with. Kept in memory: a restart returns to the configured ones. */
@Component
public class Faults {

    private static final Logger log = LoggerFactory.getLogger(Faults.class);

    private final AtomicReference<FaultSettings> current;

    Faults(FaultSettings configured) {
        this.current = new AtomicReference<>(configured);
    }

    public FaultSettings settings() {
        return current.get();
    }

    public void set(FaultSettings settings) {
        current.set(settings);
        log.info("bank faults now {}", settings);
    }

    public boolean systemFault() {
        return happens(current.get().failureRate());
    }

    public boolean answerLost() {
        return happens(current.get().lostAnswerRate());
    }

    public boolean answerDuplicated() {
        return happens(current.get().duplicateAnswerRate());
    }

    public Duration latency() {
        return current.get().latency();
    }

    private static boolean happens(double rate) {
        return rate > 0 && (rate >= 1 || ThreadLocalRandom.current().nextDouble() < rate);
    }
}
