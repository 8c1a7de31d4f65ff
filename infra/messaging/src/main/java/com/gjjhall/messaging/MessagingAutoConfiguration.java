package com.gjjhall.messaging;

import com.gjjhall.contracts.Topics;
import com.gjjhall.messaging.deadletter.DeadLetterController;
import com.gjjhall.messaging.deadletter.DeadLetters;
import com.gjjhall.messaging.inbound.InboundEventHandler;
import com.gjjhall.messaging.inbound.InboundEventProcessor;
import com.gjjhall.messaging.inbound.MalformedEventException;
import com.gjjhall.messaging.outbox.IntegrationEventTranslator;
import com.gjjhall.messaging.outbox.OutboxPublisher;
import com.gjjhall.messaging.outbox.PublicationObserver;
import com.gjjhall.messaging.trace.TraceId;
import com.gjjhall.messaging.trace.TraceIdCommandInterceptor;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.BatchMessageListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messaging plumbing every service gets: the event store as outbox to Kafka, idempotent consumers
 * with retries and dead letters, trace ids through Axon and Kafka.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
@EnableConfigurationProperties(MessagingProperties.class)
@Import(DeadLetterController.class)
public class MessagingAutoConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    OutboxPublisher outboxPublisher(ObjectProvider<IntegrationEventTranslator> translators,
                                    KafkaTemplate<String, byte[]> eventKafkaTemplate, MessagingProperties properties,
                                    @Value("${spring.application.name}") String applicationName,
                                    ObjectProvider<PublicationObserver> observers, MeterRegistry meters) {
        String source = properties.source() == null ? "/" + applicationName : properties.source();
        return new OutboxPublisher(translators.orderedStream().toList(), eventKafkaTemplate, source,
                properties.ackTimeout(), observers.orderedStream().toList(), meters);
    }

    /** A failed publication must stop the outbox and retry, never be logged and skipped (Axon's default). */
    @Bean
    ConfigurerModule outboxErrorsPropagate() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(OutboxPublisher.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }

    @Bean
    TraceIdCommandInterceptor traceIdCommandInterceptor() {
        return new TraceIdCommandInterceptor();
    }

    @Bean
    CorrelationDataProvider traceIdCorrelation() {
        return new SimpleCorrelationDataProvider(TraceId.METADATA_KEY);
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /**
     * An Axon aggregate cache takes in a command's state when the command's unit of work commits, which inside an
     * inbound transaction is before that transaction commits: should it roll back, the caches are emptied, or an
     * aggregate in memory would hold events that were never stored.
     */
    @Bean
    InboundEventProcessor inboundEventProcessor(ObjectProvider<InboundEventHandler> handlers, JdbcTemplate jdbc,
                                                TransactionTemplate transaction, ObjectProvider<Cache> caches,
                                                MeterRegistry meters) {
        List<Runnable> afterRollback = caches.orderedStream().<Runnable>map(cache -> cache::removeAll).toList();
        return new InboundEventProcessor(handlers.orderedStream().toList(), jdbc, transaction, afterRollback, meters);
    }

    @Bean
    DeadLetters deadLetters(KafkaProperties kafka, MessagingProperties properties,
                            @Value("${spring.application.name}") String applicationName,
                            InboundEventProcessor processor, KafkaTemplate<String, byte[]> eventKafkaTemplate) {
        return new DeadLetters(String.join(",", kafka.getBootstrapServers()), group(properties, applicationName),
                processor, eventKafkaTemplate);
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    @ConditionalOnExpression("!'${gjj.messaging.consume.topics:}'.isEmpty()")
    ConcurrentMessageListenerContainer<String, byte[]> inboundEventListener(
            KafkaProperties kafka, MessagingProperties properties, InboundEventProcessor processor,
            KafkaTemplate<String, byte[]> eventKafkaTemplate,
            @Value("${spring.application.name}") String applicationName) {
        String group = group(properties, applicationName);
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A poll is applied in one transaction: this bounds how long it holds its locks and delays its commit.
        config.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, properties.consume().maxPollRecords());

        ContainerProperties container = new ContainerProperties(
                properties.consume().topics().toArray(String[]::new));
        container.setMessageListener((BatchMessageListener<String, byte[]>) processor::processPoll);
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        var listener = new ConcurrentMessageListenerContainer<String, byte[]>(
                new DefaultKafkaConsumerFactory<String, byte[]>(config), container);
        listener.setConcurrency(properties.consume().concurrency());
        listener.setCommonErrorHandler(errorHandler(properties.consume().retry(), eventKafkaTemplate, group));
        listener.setBeanName("inboundEventListener");
        return listener;
    }

    private static DefaultErrorHandler errorHandler(MessagingProperties.Retry retry,
                                                    KafkaTemplate<String, byte[]> template, String group) {
        var deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetters(group), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    private static String group(MessagingProperties properties, String applicationName) {
        return properties.consume().group() == null ? applicationName : properties.consume().group();
    }
}
