package com.gjjhall.banksimulator.settlement;

import com.gjjhall.banksimulator.fault.Faults;
import com.gjjhall.contracts.EventEnvelope;
import com.gjjhall.contracts.EventJson;
import com.gjjhall.contracts.EventType;
import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.messaging.trace.TraceId;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends what the banks tell the platform on {@code bank.settlement}, as a bank's adapter would: once what
 * it reports is committed in the bank's books, never before. A crash in between loses the message, as a real
 * bank's answer can be lost; the platform asks again and the books answer. The configured faults apply here.
 */
@Component
public class SettlementPublisher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SettlementPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final Faults faults;
    private final Clock clock;
    private final String source;
    private final ScheduledExecutorService slowBank = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "slow-bank-answers");
        thread.setDaemon(true);
        return thread;
    });

    SettlementPublisher(KafkaTemplate<String, byte[]> eventKafkaTemplate, Faults faults, Clock clock,
                        @Value("${spring.application.name}") String applicationName) {
        this.kafka = eventKafkaTemplate;
        this.faults = faults;
        this.clock = clock;
        this.source = "/" + applicationName;
    }

    /** The answer to an instruction: it may be lost (the platform must ask again), sent twice, or late. */
    public void answer(IntegrationEvent answer) {
        if (faults.answerLost()) {
            log.info("fault: the answer {} to {} is lost", answer.getClass().getSimpleName(), answer.subject());
            return;
        }
        int copies = faults.answerDuplicated() ? 2 : 1;
        Duration latency = faults.latency();
        String traceId = TraceId.current();
        afterCommit(() -> {
            if (latency.isZero()) {
                send(answer, copies, traceId);
            } else {
                slowBank.schedule(() -> send(answer, copies, traceId), latency.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** A notice the bank sends of its own accord (an arrival, a receipt, a signing): never lost, maybe sent twice. */
    public void notice(IntegrationEvent notice, int deliveries) {
        int copies = Math.max(deliveries, faults.answerDuplicated() ? 2 : 1);
        String traceId = TraceId.current();
        afterCommit(() -> send(notice, copies, traceId));
    }

    private static void afterCommit(Runnable send) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send.run();
            }
        });
    }

    private void send(IntegrationEvent event, int copies, String traceId) {
        if (copies > 1) {
            log.info("fault: {} for {} is sent {} times", event.getClass().getSimpleName(), event.subject(), copies);
        }
        for (int i = 0; i < copies; i++) {
            kafka.send(record(event, traceId)).whenComplete((sent, failure) -> {
                if (failure != null) {
                    log.warn("{} for {} could not be sent and is lost: {}", event.getClass().getSimpleName(),
                            event.subject(), failure.getMessage());
                }
            });
        }
    }

    /** The platform's envelope (CONVENTIONS.md, Kafka): a new {@code ce_id} for each copy, as a bank re-sending would. */
    private ProducerRecord<String, byte[]> record(IntegrationEvent event, String traceId) {
        EventType type = EventType.of(event.getClass());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.subject(), EventJson.write(event));
        header(record, EventEnvelope.Headers.SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        header(record, EventEnvelope.Headers.ID, UUID.randomUUID().toString());
        header(record, EventEnvelope.Headers.TYPE, type.toString());
        header(record, EventEnvelope.Headers.SOURCE, source);
        header(record, EventEnvelope.Headers.SUBJECT, event.subject());
        header(record, EventEnvelope.Headers.TIME, clock.instant().toString());
        header(record, EventEnvelope.Headers.TRACE_ID, traceId);
        return record;
    }

    private static void header(ProducerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy() {
        slowBank.shutdownNow();
    }
}
