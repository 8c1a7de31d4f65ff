package com.gjjhall.account.it;

import com.gjjhall.testkit.SettableClock;
import com.gjjhall.testkit.WithRealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring context of account-service's integration tests: a real PostgreSQL and Kafka, the real web
 * server, a settable clock. Every IT class extends it, so the context is started once.
 */
@WithRealInfrastructure(database = "account")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"gjj.messaging.consume.retry.max-retries=1", "gjj.messaging.consume.retry.initial-interval=20ms"})
@Import(AccountIT.Clocks.class)
public abstract class AccountIT {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @Autowired
    protected SettableClock clock;

    @Autowired
    protected Api api;

    @AfterEach
    void clockBackToNow() {
        clock.reset();
    }
}
