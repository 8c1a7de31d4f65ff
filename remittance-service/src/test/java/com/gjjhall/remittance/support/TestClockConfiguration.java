package com.gjjhall.remittance.support;

import com.gjjhall.testkit.SettableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** The service's clock, set by each test. */
@TestConfiguration
public class TestClockConfiguration {

    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(Instant.parse("2026-11-16T02:00:00Z"));
    }
}
