package com.gjjhall.testkit;

import com.gjjhall.localservers.LocalKafka;
import com.gjjhall.localservers.LocalPostgres;

/** The embedded real servers: PostgreSQL binaries from a Maven jar and a KRaft broker in this JVM. */
final class EmbeddedInfrastructure implements Infrastructure {

    private final LocalPostgres postgres = LocalPostgres.startEphemeral();
    private final LocalKafka kafka = LocalKafka.startEphemeral();

    EmbeddedInfrastructure() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "embedded-infrastructure-stop"));
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.ensureDatabase(database);
    }

    @Override
    public String username() {
        return LocalPostgres.USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public void dropDatabase(String database) {
        postgres.dropDatabase(database);
    }

    @Override
    public String kind() {
        return "embedded";
    }
}
