package com.gjjhall.messaging.outbox;

import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.messaging.trace.TraceId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The event store is the outbox: this tracking processor reads the service's stored domain events,
 * publishes the ones a translator claims to Kafka, and lets Axon save its position only after the broker
 * acknowledged the whole batch. No dual writes: a crash before the position is saved means the batch is
 * published again, with the same event ids, and consumers drop the repeats.
 */
@ProcessingGroup(OutboxPublisher.PROCESSING_GROUP)
public class OutboxPublisher {

    public static final String PROCESSING_GROUP = "outbox";

    private static final Logger log = LoggerFactory.getLogger(OutboxPublisher.class);
    private static final String PENDING = OutboxPublisher.class.getName() + ".pending";

    private final List<IntegrationEventTranslator> translators;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String source;
    private final Duration ackTimeout;
    private final List<PublicationObserver> observers;
    private final Counter published;

    public OutboxPublisher(List<IntegrationEventTranslator> translators, KafkaTemplate<String, byte[]> kafka,
                           String source, Duration ackTimeout, List<PublicationObserver> observers,
                           MeterRegistry meters) {
        this.translators = List.copyOf(translators);
        this.kafka = kafka;
        this.source = source;
        this.ackTimeout = ackTimeout;
        this.observers = List.copyOf(observers);
        this.published = Counter.builder("gjj.outbox.published").description("events acknowledged by the broker")
                .register(meters);
    }

    @EventHandler
    public void on(Object domainEvent, EventMessage<?> message) {
        translate(domainEvent).ifPresent(event -> {
            EventEnvelope envelope = envelope(message, event);
            try (TraceId.Scope ignored = TraceId.open(envelope.traceId())) {
                log.debug("publishing {} {}", envelope.type(), envelope.id());
                batch().add(envelope, kafka.send(record(envelope, event)));
            }
        });
    }

    private Optional<IntegrationEvent> translate(Object domainEvent) {
        for (IntegrationEventTranslator translator : translators) {
            Optional<IntegrationEvent> event = translator.translate(domainEvent);
            if (event.isPresent()) {
                return event;
            }
        }
        return Optional.empty();
    }

    private EventEnvelope envelope(EventMessage<?> message, IntegrationEvent event) {
        Object traceId = message.getMetaData().get(TraceId.METADATA_KEY);
        return new EventEnvelope(message.getIdentifier(), EventType.of(event.getClass()).toString(), source,
                event.subject(), message.getTimestamp(), traceId == null ? "" : traceId.toString());
    }

    static ProducerRecord<String, byte[]> record(EventEnvelope envelope, IntegrationEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, EventEnvelope.Headers.SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        header(headers, EventEnvelope.Headers.ID, envelope.id());
        header(headers, EventEnvelope.Headers.TYPE, envelope.type());
        header(headers, EventEnvelope.Headers.SOURCE, envelope.source());
        header(headers, EventEnvelope.Headers.SUBJECT, envelope.subject());
        header(headers, EventEnvelope.Headers.TIME, envelope.time().toString());
        header(headers, EventEnvelope.Headers.TRACE_ID, envelope.traceId());
        String topic = EventType.parse(envelope.type()).topic();
        return new ProducerRecord<>(topic, null, envelope.subject(), EventJson.write(event), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The sends of the current batch; the batch commits only once all of them are acknowledged. */
    private PendingBatch batch() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            PendingBatch batch = new PendingBatch();
            root.onPrepareCommit(unitOfWork -> awaitAcknowledgements(batch));
            return batch;
        });
    }

    private void awaitAcknowledgements(PendingBatch batch) {
        try {
            CompletableFuture.allOf(batch.sends.toArray(CompletableFuture[]::new))
                    .get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventPublicationFailed("interrupted while waiting for the broker", e);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("broker did not acknowledge {} events; the outbox will publish them again: {}",
                    batch.envelopes.size(), e.getMessage());
            throw new EventPublicationFailed("broker did not acknowledge the batch", e);
        }
        published.increment(batch.envelopes.size());
        observers.forEach(observer -> observer.acknowledged(List.copyOf(batch.envelopes)));
    }

    private static final class PendingBatch {
        private final List<EventEnvelope> envelopes = new ArrayList<>();
        private final List<CompletableFuture<?>> sends = new ArrayList<>();

        void add(EventEnvelope envelope, CompletableFuture<?> send) {
            envelopes.add(envelope);
            sends.add(send);
        }
    }
}
