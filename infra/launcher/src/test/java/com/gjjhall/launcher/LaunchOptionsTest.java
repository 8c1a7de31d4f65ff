package com.gjjhall.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    private static final Path REPO = Path.of("/home/dev/gjj");

    @Test
    void withoutOptionsStartsEverythingEmbeddedAndKeepsDataInTheRepository() {
        LaunchOptions options = parse();

        assertThat(options.help()).isFalse();
        assertThat(options.fresh()).isFalse();
        assertThat(options.dataDir()).isEqualTo(REPO.resolve(".platform-data"));
        assertThat(options.embeddedPostgres()).isTrue();
        assertThat(options.embeddedKafka()).isTrue();
        assertThat(options.services()).isEqualTo(PlatformServices.ALL);
    }

    @Test
    void freshAndDataDirectory() {
        LaunchOptions options = parse("--fresh", "--data-dir", "/var/tmp/gjj");

        assertThat(options.fresh()).isTrue();
        assertThat(options.dataDir()).isEqualTo(Path.of("/var/tmp/gjj"));
        assertThat(parse("--data-dir=/srv/gjj").dataDir()).isEqualTo(Path.of("/srv/gjj"));
    }

    @Test
    void externalPostgresAndKafka() {
        LaunchOptions options = parse("--postgres-url", "jdbc:postgresql://db.internal:5432/",
                "--postgres-user", "gjj", "--postgres-password", "s3cret",
                "--kafka-bootstrap", "kafka1:9092,kafka2:9092");

        assertThat(options.embeddedPostgres()).isFalse();
        assertThat(options.postgresUrl()).isEqualTo("jdbc:postgresql://db.internal:5432");
        assertThat(options.postgresUser()).isEqualTo("gjj");
        assertThat(options.postgresPassword()).isEqualTo("s3cret");
        assertThat(options.embeddedKafka()).isFalse();
        assertThat(options.kafkaBootstrap()).isEqualTo("kafka1:9092,kafka2:9092");
    }

    @Test
    void externalPostgresDefaultsToUserPostgresWithoutPassword() {
        LaunchOptions options = parse("--postgres-url", "jdbc:postgresql://localhost:5432");

        assertThat(options.postgresUser()).isEqualTo("postgres");
        assertThat(options.postgresPassword()).isEmpty();
    }

    @Test
    void aPostgresUrlMustNameTheServerNotADatabase() {
        assertThatThrownBy(() -> parse("--postgres-url", "jdbc:postgresql://db:5432/identity"))
                .hasMessageContaining("without a database");
        assertThatThrownBy(() -> parse("--postgres-url", "postgres://db:5432"))
                .hasMessageContaining("without a database");
    }

    @Test
    void onlyStartsTheNamedServicesInTheOrderOfTheTable() {
        LaunchOptions options = parse("--only", "identity-service, gateway,bank-simulator");

        assertThat(options.services()).extracting(PlatformServices.Service::name)
                .containsExactly("gateway-service", "identity-service", "bank-simulator");
    }

    @Test
    void anUnknownServiceOrOptionIsRefused() {
        assertThatThrownBy(() -> parse("--only", "identity,payroll"))
                .hasMessageContaining("no service called 'payroll'").hasMessageContaining("audit-service");
        assertThatThrownBy(() -> parse("--frsh")).hasMessage("unknown option: --frsh");
        assertThatThrownBy(() -> parse("--data-dir")).hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> parse("--only", "--fresh")).hasMessage("--only needs a value");
    }

    @Test
    void environmentVariablesAreDefaultsTheCommandLineOverrides() {
        Map<String, String> env = Map.of(
                "GJJ_DATA_DIR", "/data/gjj",
                "GJJ_POSTGRES_URL", "jdbc:postgresql://pg:5432",
                "GJJ_POSTGRES_PASSWORD", "from-env",
                "GJJ_KAFKA_BOOTSTRAP", "kafka:9092",
                "GJJ_ONLY", "audit");

        LaunchOptions fromEnv = LaunchOptions.parse(List.of(), env, REPO);
        LaunchOptions overridden = LaunchOptions.parse(
                List.of("--data-dir", "/elsewhere", "--only", "account"), env, REPO);

        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/data/gjj"));
        assertThat(fromEnv.postgresUrl()).isEqualTo("jdbc:postgresql://pg:5432");
        assertThat(fromEnv.postgresPassword()).isEqualTo("from-env");
        assertThat(fromEnv.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(fromEnv.services()).extracting(PlatformServices.Service::name).containsExactly("audit-service");
        assertThat(overridden.dataDir()).isEqualTo(Path.of("/elsewhere"));
        assertThat(overridden.services()).extracting(PlatformServices.Service::name).containsExactly("account-service");
    }

    @Test
    void help() {
        assertThat(parse("--help").help()).isTrue();
        assertThat(LaunchOptions.USAGE)
                .contains("--fresh", "--data-dir", "--postgres-url", "--kafka-bootstrap", "--only");
    }

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(List.of(args), Map.of(), REPO);
    }
}
