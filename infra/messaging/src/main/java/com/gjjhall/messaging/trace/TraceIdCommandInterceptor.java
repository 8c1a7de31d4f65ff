package com.gjjhall.messaging.trace;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps every dispatched command with the current trace id; Axon's correlation data then copies it
 * onto every event the command causes, and the outbox puts it on the Kafka record.
 */
public final class TraceIdCommandInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            String traceId = TraceId.current();
            if (traceId.isEmpty() || command.getMetaData().containsKey(TraceId.METADATA_KEY)) {
                return command;
            }
            return command.andMetaData(java.util.Map.of(TraceId.METADATA_KEY, traceId));
        };
    }
}
