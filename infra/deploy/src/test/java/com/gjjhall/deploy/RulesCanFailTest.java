package com.gjjhall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules behind DeploymentFilesTest catch broken files: each is fed one and must name the fault. */
class RulesCanFailTest {

    private static final String CONVENTIONS = """
            ## Processes, ports, databases

            | process | port | database | HTTP prefix it owns |
            | --- | --- | --- | --- |
            | gateway-service | 8080 | none | `/api/**` |
            | identity-service | 8081 | `identity` | `/api/identity/**` |
            | account-service | 8082 | `account` | `/api/account/**` |
            | Kafka (launcher) | 9092 | one KRaft broker | |

            ## Settings (environment variables)

            | variable | used by | default (local) |
            | --- | --- | --- |
            | `SERVER_PORT` | every service | its port |
            | `SPRING_DATASOURCE_URL` | services with a database | |
            | `SPRING_DATASOURCE_USERNAME` / `SPRING_DATASOURCE_PASSWORD` | same | |
            | `SPRING_KAFKA_BOOTSTRAP_SERVERS` | every service but the gateway | |
            | `GJJ_TOKENS_JWKS_URI` | every service | |
            | `GJJ_GATEWAY_ROUTES_<DOMAIN>` (`IDENTITY`, `ACCOUNT`) | gateway | |
            | `GJJ_SECRETS_MASTER_KEY` | identity-service | |
            | `AXONIQ_UPDATE_CHECKER_DISABLED` | every Axon service | `true` |

            ## Kafka
            - Topics: `identity.events`, `account.events`; dead letters per
              consumer group: `deadletter.<group>`. Names live in `infra/contracts`.
            - Record key: the aggregate id.
            """;

    private final Conventions conventions = Conventions.parse(CONVENTIONS);

    private final ServiceEnvRules.Platform compose = new ComposeFile(Path.of("compose.yaml"), Map.of("services", Map.of(
            "postgres", Map.of("image", "postgres:16"),
            "identity-service", Map.of("image", "gjj/identity-service"),
            "kafka-1", kafkaNode(1), "kafka-2", kafkaNode(2), "kafka-3", kafkaNode(3)))).platform();

    @Test
    void conventionsExpandTemplatesAndDeadLetterTopics() {
        assertThat(conventions.services()).extracting(Conventions.Process::name)
                .containsExactly("gateway-service", "identity-service", "account-service");
        assertThat(conventions.settings()).contains("SPRING_DATASOURCE_PASSWORD", "GJJ_GATEWAY_ROUTES_IDENTITY",
                "GJJ_GATEWAY_ROUTES_ACCOUNT").doesNotContain("IDENTITY", "GJJ_GATEWAY_ROUTES_<DOMAIN>");
        assertThat(conventions.topics()).containsExactly("identity.events", "account.events",
                "deadletter.identity-service", "deadletter.account-service");
    }

    @Test
    void conventionsWithoutTheTablesAreRefused() {
        assertThatThrownBy(() -> Conventions.parse("# nothing here")).hasMessageContaining("no section");
    }

    @Test
    void aServiceWithOneBrokerTheWrongDatabaseAndALiteralPasswordIsReported() {
        Map<String, EnvValue> env = literal(Map.of(
                "SERVER_PORT", "8082",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/identity",
                "SPRING_DATASOURCE_USERNAME", "gjj",
                "SPRING_DATASOURCE_PASSWORD", "hunter2",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092",
                "SPRING_PROFILES_ACTIVE", "prod",
                "GJJ_TOKENS_JWKS_URI", "http://identity-service:8081/api/identity/jwks",
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true"));

        List<String> problems = ServiceEnvRules.check("compose.yaml: service account-service",
                conventions.service("account-service").orElseThrow(), env, conventions, compose);

        assertThat(problems).containsExactlyInAnyOrder(
                "compose.yaml: service account-service: SPRING_PROFILES_ACTIVE is not a setting named in CONVENTIONS.md",
                "compose.yaml: service account-service: SPRING_DATASOURCE_PASSWORD has a literal value; take it from a Secret or a required ${VAR:?...} placeholder",
                "compose.yaml: service account-service: SPRING_DATASOURCE_URL names database identity, CONVENTIONS.md says account",
                "compose.yaml: service account-service: SPRING_KAFKA_BOOTSTRAP_SERVERS lists 1 address(es) of 1 broker(s) (kafka-1:9092), want all 3 brokers");
    }

    @Test
    void aGatewayWithoutRoutesOrKafkaAndWithADatabaseIsReported() {
        Map<String, EnvValue> env = literal(Map.of(
                "SERVER_PORT", "8080",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/gateway",
                "GJJ_TOKENS_JWKS_URI", "http://identity-service:8081/api/identity/jwks",
                "GJJ_GATEWAY_ROUTES_IDENTITY", "http://identity-service:8081"));

        List<String> problems = ServiceEnvRules.check("gw", conventions.service("gateway-service").orElseThrow(), env,
                conventions, compose);

        assertThat(problems).containsExactlyInAnyOrder(
                "gw: has SPRING_DATASOURCE_URL but CONVENTIONS.md gives it no database",
                "gw: GJJ_GATEWAY_ROUTES_ACCOUNT is missing",
                "gw: SPRING_KAFKA_BOOTSTRAP_SERVERS is missing");
    }

    @Test
    void aPlaceholderWithADefaultIsALiteralSecret() {
        Map<String, Object> file = Map.of("services", Map.of("postgres", Map.of("environment",
                List.of("POSTGRES_PASSWORD=${POSTGRES_PASSWORD:-postgres}", "POSTGRES_DB=app"))));

        assertThat(SecretRules.inCompose("compose.yaml", file)).containsExactly(
                "compose.yaml: services.postgres.environment[0] is a literal secret; use a required placeholder ${VAR:?...}");
        assertThat(new EnvValue.Literal("${POSTGRES_PASSWORD:?set it}").keepsSecretOut()).isTrue();
    }

    @Test
    void aSecretInAManifestIsReportedUnlessItIsTheTemplate() {
        Map<String, Object> secret = Map.of("kind", "Secret", "stringData", Map.of("db-password", "s3cret"));

        assertThat(SecretRules.inManifest("s.yaml", secret, false)).containsExactly(
                "s.yaml: a Secret with its values in the manifests; create it out of band from k8s/templates",
                "s.yaml: stringData.db-password holds a value, not a <placeholder>");
        assertThat(SecretRules.inManifest("t.yaml", Map.of("kind", "Secret", "stringData",
                Map.of("db-password", "<the password>")), true)).isEmpty();
    }

    @Test
    void aClusterWithReplicationFactorOneIsReported() {
        Map<String, String> env = Map.of("KAFKA_PROCESS_ROLES", "broker,controller", "CLUSTER_ID", "x",
                "KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093", "KAFKA_DEFAULT_REPLICATION_FACTOR", "1",
                "KAFKA_MIN_INSYNC_REPLICAS", "1", "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1",
                "KAFKA_NUM_PARTITIONS", "1");

        List<String> problems = KafkaRules.checkCluster("c.yaml", Map.of("kafka", env));

        assertThat(problems).contains(
                "c.yaml: Kafka broker kafka has KAFKA_DEFAULT_REPLICATION_FACTOR=1, want 3",
                "c.yaml: Kafka broker kafka has KAFKA_MIN_INSYNC_REPLICAS=1, want 2",
                "c.yaml: the Kafka cluster has 1 broker(s), want 3");
        assertThat(KafkaRules.checkTopicScript("t.sh", "create identity.events --replication-factor 1 TOPIC_PARTITIONS:-3",
                List.of("identity.events", "account.events"), 6)).containsExactly(
                "t.sh: does not create topic account.events",
                "t.sh: does not create topics with --replication-factor 3",
                "t.sh: does not set min.insync.replicas=2 on the topics",
                "t.sh: creates 3 partitions per topic, want at least 6 (the most instances a consumer group may have)");
    }

    @Test
    void aManifestNoKustomizationListsIsReported(@TempDir Path k8s) throws IOException {
        Files.createDirectories(k8s.resolve("base"));
        Files.writeString(k8s.resolve("base/kustomization.yaml"), "kind: Kustomization\nresources:\n  - a.yaml\n  - gone.yaml\n");
        Files.writeString(k8s.resolve("base/a.yaml"), "kind: ConfigMap\n");
        Files.writeString(k8s.resolve("base/b.yaml"), "kind: ConfigMap\n");
        Files.writeString(k8s.resolve("base/secret.template.yaml"), "kind: Secret\n");

        assertThat(KustomizeRules.check(k8s, k8s)).containsExactly(
                "base/kustomization.yaml: resource gone.yaml does not exist",
                "base/kustomization.yaml: does not list b.yaml of its directory",
                "base/b.yaml: no kustomization lists it, so it is never applied");
    }

    @Test
    void aModuleDeclaringAnotherPortIsReported(@TempDir Path repository) throws IOException {
        Path resources = Files.createDirectories(repository.resolve("identity-service/src/main/resources"));
        Files.writeString(resources.resolve("application.yml"), """
                server:
                  port: ${SERVER_PORT:9090}
                ---
                spring.config.activate.on-profile: test
                server.port: 0
                """);

        assertThat(ApplicationPorts.check(repository, "identity-service", 8081)).contains(
                "identity-service/src/main/resources/application.yml: server.port is ${SERVER_PORT:9090}, CONVENTIONS.md says identity-service listens on 8081");
        assertThat(ApplicationPorts.check(repository, "identity-service", 9090)).isEmpty();
        assertThat(ApplicationPorts.check(repository, "account-service", 8082)).isEmpty(); // not written yet
    }

    @Test
    void duplicateKeysAreNotWellFormed() {
        assertThatThrownBy(() -> Yamls.loadAll("a: 1\na: 2\n")).hasMessageContaining("found duplicate key a");
    }

    private static Map<String, Object> kafkaNode(int id) {
        return Map.of("image", "apache/kafka:3.9.2", "environment", Map.of(
                "KAFKA_PROCESS_ROLES", "broker,controller",
                "KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka-" + id + ":9092"));
    }

    private static Map<String, EnvValue> literal(Map<String, String> values) {
        return values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> new EnvValue.Literal(e.getValue())));
    }
}
