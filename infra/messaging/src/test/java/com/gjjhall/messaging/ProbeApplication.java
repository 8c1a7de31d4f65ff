package com.gjjhall.messaging;

import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/**
 * A minimal service for testing the plumbing: it records each event it consumes, and fails while its
 * "downstream" is marked down, as a real handler fails while a dependency is out.
 */
@SpringBootApplication
class ProbeApplication {

    @Bean
    InboundEventHandler probeHandler(JdbcTemplate jdbc) {
        return new InboundEventHandler() {
            @Override
            public Set<String> eventTypes() {
                return Set.of();
            }

            @Override
            public void handle(InboundEvent event) {
                jdbc.update("insert into probe_effect (event_id) values (?)", event.envelope().id());
                if (Boolean.TRUE.equals(jdbc.queryForObject("select down from probe_outage", Boolean.class))) {
                    throw new IllegalStateException("downstream is down");
                }
            }
        };
    }
}
