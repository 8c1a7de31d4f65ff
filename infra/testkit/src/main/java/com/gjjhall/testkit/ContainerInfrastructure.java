package com.gjjhall.testkit;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** PostgreSQL and Kafka in containers, for machines where a Docker engine answers. */
final class ContainerInfrastructure implements Infrastructure {

    private final PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16-alpine")
            .withCommand("postgres", "-c", "max_connections=300");
    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.2");

    ContainerInfrastructure() {
        postgres.start();
        kafka.start();
    }

    @Override
    public String jdbcUrl(String database) {
        execute("create database " + database, true);
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(5432) + "/" + database
                + "?reWriteBatchedInserts=true";
    }

    @Override
    public String username() {
        return postgres.getUsername();
    }

    @Override
    public String password() {
        return postgres.getPassword();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public void dropDatabase(String database) {
        execute("drop database if exists " + database + " with (force)", false);
    }

    @Override
    public String kind() {
        return "containers";
    }

    private void execute(String sql, boolean ignoreExisting) {
        try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), username(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if (!(ignoreExisting && "42P04".equals(e.getSQLState()))) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
