package com.gjjhall.remittance.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * The service's clock. Month-end expiry, audit-number days and deadlines all read it. A training or test
 * environment may run ahead of real time ({@code gjj.remittance.clock-offset}, e.g. {@code 72h}) to show a
 * month end; production leaves it at zero.
 */
@Configuration
class ClockConfiguration {

    @Bean
    Clock clock(@Value("${gjj.remittance.clock-offset:0s}") Duration offset) {
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }
}
