package com.gjjhall.launcher;

import com.gjjhall.launcher.PlatformServices.Backends;
import com.gjjhall.launcher.PlatformServices.Service;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's table against infra/CONVENTIONS.md, which every part of the platform follows. */
class PlatformServicesTest {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static final Backends BACKENDS = new Backends(
            PlatformServices.ALL.stream().filter(s -> s.database() != null).collect(Collectors.toMap(
                    Service::database, s -> "jdbc:postgresql://localhost:55432/" + s.database())),
            "postgres", "", "localhost:9092");

    @Test
    void processesPortsAndDatabasesAreThoseOfTheConventions() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        for (List<String> row : tableRows("## Processes, ports, databases")) {
            documented.put(row.get(0), List.of(row.get(1), row.get(2)));
        }
        Map<String, List<String>> launched = new LinkedHashMap<>();
        for (Service s : PlatformServices.ALL) {
            String database = s.database() == null ? "none" : "`" + s.database() + "`";
            launched.put(s.name(), List.of(Integer.toString(s.port()), database));
        }

        assertThat(documented).containsAllEntriesOf(launched);
        assertThat(documented.keySet()).containsExactlyElementsOf(concat(launched.keySet(),
                "PostgreSQL (launcher)", "Kafka (launcher)"));
        assertThat(documented.get("PostgreSQL (launcher)")).first().isEqualTo("" + PlatformServices.POSTGRES_PORT);
        assertThat(documented.get("Kafka (launcher)")).first().isEqualTo("" + PlatformServices.KAFKA_PORT);
    }

    @Test
    void eachJarIsTheArtifactOfItsModule() throws IOException {
        for (Service s : PlatformServices.ALL) {
            Path pom = REPO.resolve(s.module()).resolve("pom.xml");
            assertThat(Files.readString(pom)).as(pom.toString()).contains("<artifactId>" + s.name() + "</artifactId>");
            assertThat(s.jar(REPO)).isEqualTo(REPO.resolve(s.module() + "/target/" + s.name() + ".jar"));
        }
    }

    @Test
    void everyVariableTheLauncherSetsIsADocumentedSetting() throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        Set<String> routes = new HashSet<>();
        for (List<String> row : tableRows("## Settings")) {
            List<String> names = codes(row.get(0));
            if (names.get(0).equals("GJJ_GATEWAY_ROUTES_<DOMAIN>")) {
                names.subList(1, names.size()).forEach(domain -> routes.add("GJJ_GATEWAY_ROUTES_" + domain));
            } else {
                names.forEach(name -> defaults.put(name, row.get(2)));
            }
        }

        for (Service s : PlatformServices.ALL) {
            Set<String> variables = PlatformServices.environment(s, BACKENDS).keySet();
            assertThat(variables).as(s.name()).allMatch(v -> defaults.containsKey(v) || routes.contains(v));
        }
        Map<String, String> gateway = PlatformServices.environment(PlatformServices.named("gateway"), BACKENDS);
        assertThat(gateway.keySet()).containsAll(routes)
                .doesNotContain("SPRING_DATASOURCE_URL");
        assertThat(gateway).as("logouts reach the gateway over Kafka")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        assertThat(gateway).containsEntry("GJJ_GATEWAY_ROUTES_REMITTANCE", "http://localhost:8083");
        assertThat(gateway.get("GJJ_TOKENS_JWKS_URI")).isEqualTo(codes(defaults.get("GJJ_TOKENS_JWKS_URI")).get(0));
    }

    @Test
    void aServiceWithADatabaseGetsItsOwnDatabaseAndKafka() {
        Map<String, String> env = PlatformServices.environment(PlatformServices.named("collection-service"), BACKENDS);

        assertThat(env).containsEntry("SERVER_PORT", "8084")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:55432/collection")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
    }

    /** The cells of each row of the first table under {@code heading} (the header and rule rows left out). */
    private static List<List<String>> tableRows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve("infra/CONVENTIONS.md"));
        int from = lines.indexOf(lines.stream().filter(l -> l.startsWith(heading)).findFirst().orElseThrow());
        List<String> table = lines.subList(from + 1, lines.size()).stream()
                .dropWhile(l -> !l.startsWith("|"))
                .takeWhile(l -> l.startsWith("|"))
                .toList();
        return table.subList(2, table.size()).stream()
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::trim).toList())
                .toList();
    }

    private static List<String> codes(String cell) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static List<String> concat(Set<String> names, String... more) {
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of(more));
        return all;
    }
}
