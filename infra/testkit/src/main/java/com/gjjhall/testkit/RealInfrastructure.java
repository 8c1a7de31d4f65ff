package com.gjjhall.testkit;

import org.testcontainers.DockerClientFactory;

import java.util.Locale;

/**
 * The one PostgreSQL server and one Kafka broker of this test JVM, started on first use.
 *
 * <p>Which kind is chosen by {@code GJJ_TEST_INFRA} (environment) or {@code gjj.test.infra} (system
 * property): {@code containers}, {@code embedded}, or {@code auto} (default): containers when a Docker
 * engine answers, the embedded real servers otherwise. The Docker check answers in well under a second
 * when there is no engine.
 */
public final class RealInfrastructure {

    private static volatile Infrastructure instance;

    private RealInfrastructure() {
    }

    public static Infrastructure get() {
        Infrastructure local = instance;
        if (local == null) {
            synchronized (RealInfrastructure.class) {
                local = instance;
                if (local == null) {
                    local = start(choice());
                    instance = local;
                }
            }
        }
        return local;
    }

    static String choice() {
        String configured = System.getProperty("gjj.test.infra", System.getenv("GJJ_TEST_INFRA"));
        String choice = configured == null ? "auto" : configured.trim().toLowerCase(Locale.ROOT);
        if (!choice.equals("auto") && !choice.equals("containers") && !choice.equals("embedded")) {
            throw new IllegalArgumentException("GJJ_TEST_INFRA must be auto, containers or embedded, not " + configured);
        }
        return choice;
    }

    private static Infrastructure start(String choice) {
        long started = System.nanoTime();
        boolean containers = switch (choice) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAnswers();
        };
        Infrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
        System.out.printf("test infrastructure: %s PostgreSQL and Kafka (%s) ready in %d ms%n",
                infrastructure.kind(), infrastructure.kafkaBootstrapServers(), (System.nanoTime() - started) / 1_000_000);
        return infrastructure;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
