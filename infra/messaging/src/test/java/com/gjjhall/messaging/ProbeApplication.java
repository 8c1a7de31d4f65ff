package com.gjjhall.messaging;

import com.gjjhall.messaging.inbound.InboundEvent;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;

/**
 * A minimal service for testing the plumbing: it records each event it consumes (and the transaction that
 * applied it), fails while its "downstream" is marked down, as a real handler fails while a dependency is out,
 * and always fails on a poisoned event. It caches what it applied, as an Axon aggregate cache would.
 */
@SpringBootApplication
class ProbeApplication {

    @Bean
    Cache probeCache() {
        return new WeakReferenceCache();
    }

    @Bean
    InboundEventHandler probeHandler(JdbcTemplate jdbc, Cache probeCache) {
        return new InboundEventHandler() {
            @Override
            public Set<String> eventTypes() {
                return Set.of();
            }

            @Override
            public void handle(InboundEvent event) {
                jdbc.update("insert into probe_effect (event_id) values (?)", event.envelope().id());
                probeCache.put(event.envelope().id(), event.json());
                if (event.json().contains("poison")) {
                    throw new IllegalStateException("poisoned event " + event.envelope().id());
                }
                if (Boolean.TRUE.equals(jdbc.queryForObject("select down from probe_outage", Boolean.class))) {
                    throw new IllegalStateException("downstream is down");
                }
            }
        };
    }
}
