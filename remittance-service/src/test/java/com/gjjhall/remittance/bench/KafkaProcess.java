package com.gjjhall.remittance.bench;

import com.gjjhall.localservers.LocalKafka;

/**
 * A Kafka broker in a JVM of its own, so a benchmark's heap figures are the service's alone. Prints its
 * bootstrap servers, then runs until its standard input closes (its parent ended).
 */
public final class KafkaProcess {

    static final String READY = "KAFKA_BOOTSTRAP=";

    private KafkaProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (LocalKafka kafka = LocalKafka.startEphemeral()) {
            System.out.println(READY + kafka.bootstrapServers());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to go away
            }
        }
    }
}
