package com.gjjhall.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Messaging settings of a service ({@code gjj.messaging.*}).
 *
 * @param source     the CloudEvents source of what this service publishes, e.g. {@code /identity-service}
 * @param ackTimeout how long the outbox waits for the broker before it retries the batch
 * @param consume    the topics this service consumes and how
 */
@ConfigurationProperties("gjj.messaging")
public record MessagingProperties(String source,
                                  @DefaultValue("15s") Duration ackTimeout,
                                  @DefaultValue Consume consume) {

    /**
     * @param topics         topics consumed; none means the service consumes nothing
     * @param group          consumer group, the service's name by default
     * @param concurrency    consumer threads
     * @param maxPollRecords the most records a consumer thread takes at once, and so applies in one transaction
     *                       (unless {@code spring.kafka.consumer.max-poll-records} says otherwise)
     * @param retry          back-off before an event that keeps failing is parked as a dead letter
     */
    public record Consume(@DefaultValue List<String> topics, String group, @DefaultValue("1") int concurrency,
                          @DefaultValue("100") int maxPollRecords, @DefaultValue Retry retry) {
    }

    public record Retry(@DefaultValue("200ms") Duration initialInterval, @DefaultValue("2.0") double multiplier,
                        @DefaultValue("3s") Duration maxInterval, @DefaultValue("4") int maxRetries) {
    }
}
