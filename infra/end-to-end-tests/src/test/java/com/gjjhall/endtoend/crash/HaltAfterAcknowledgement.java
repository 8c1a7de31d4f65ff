package com.gjjhall.endtoend.crash;

import com.gjjhall.messaging.outbox.PublicationObserver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Crash-test fault, loaded into a service process only by the crash test (through {@code loader.path}):
 * once the broker has acknowledged a batch holding the named event type, the process halts at once, like
 * {@code kill -9}, before the outbox could save its position.
 */
@AutoConfiguration
@ConditionalOnProperty("gjj.crash-test.halt-after-acknowledging")
public class HaltAfterAcknowledgement {

    public static final String HALT_MESSAGE = "crash test: halting after the broker acknowledged";

    @Bean
    PublicationObserver haltAfterAcknowledging(@Value("${gjj.crash-test.halt-after-acknowledging}") String type) {
        return batch -> {
            if (batch.stream().anyMatch(event -> event.type().equals(type))) {
                System.out.println(HALT_MESSAGE + " " + batch.size() + " events");
                System.out.flush();
                Runtime.getRuntime().halt(137);
            }
        };
    }
}
