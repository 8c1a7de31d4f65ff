package com.gjjhall.testkit;

/** A real PostgreSQL server and a real Kafka broker, however they were started. */
public interface Infrastructure {

    /** JDBC URL of {@code database}, created if it does not exist yet. */
    String jdbcUrl(String database);

    String username();

    String password();

    String kafkaBootstrapServers();

    /** Drops a database with its connections: a test of "the database is lost". */
    void dropDatabase(String database);

    /** What kind it is, for the test log: {@code embedded} or {@code containers}. */
    String kind();
}
