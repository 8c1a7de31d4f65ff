package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.at;
import static com.gjjhall.deploy.Yamls.list;
import static com.gjjhall.deploy.Yamls.map;
import static com.gjjhall.deploy.Yamls.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.gjjhall.deploy.Conventions.Process;

/** A parsed compose file, with merge keys (<<) already applied by the YAML reader. */
final class ComposeFile {

    final Path file;
    final Map<String, Object> root;

    ComposeFile(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
    }

    static ComposeFile read(Path file) throws IOException {
        List<Object> documents = Yamls.loadAll(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(file + ": a compose file is one YAML document, found " + documents.size());
        }
        return new ComposeFile(file, map(documents.get(0)));
    }

    Map<String, Object> services() {
        return map(root.get("services"));
    }

    Map<String, Object> service(String name) {
        return map(services().get(name));
    }

    /** environment: as a map or as a list of NAME=value. */
    static Map<String, EnvValue> env(Map<String, Object> service) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        Object environment = service.get("environment");
        map(environment).forEach((name, value) -> env.put(name, new EnvValue.Literal(value == null ? "" : String.valueOf(value))));
        for (Object entry : list(environment)) {
            String[] pair = String.valueOf(entry).split("=", 2);
            env.put(pair[0], new EnvValue.Literal(pair.length == 2 ? pair[1] : ""));
        }
        return env;
    }

    /** Names of the services that run a Kafka node (broker and/or controller). */
    List<String> kafkaNodes() {
        return services().entrySet().stream()
                .filter(e -> String.valueOf(at(e.getValue(), "image")).contains("kafka"))
                .filter(e -> env(map(e.getValue())).containsKey("KAFKA_PROCESS_ROLES"))
                .map(Map.Entry::getKey)
                .toList();
    }

    ServiceEnvRules.Platform platform() {
        return new ServiceEnvRules.Platform() {
            @Override
            public Map<String, String> brokerAddresses() {
                Map<String, String> addresses = new LinkedHashMap<>();
                for (String node : kafkaNodes()) {
                    EnvValue advertised = env(service(node)).get("KAFKA_ADVERTISED_LISTENERS");
                    for (String address : KafkaRules.listenerAddresses(advertised == null ? null : advertised.textOrNull())) {
                        addresses.put(address, node);
                    }
                }
                return addresses;
            }

            @Override
            public boolean isPostgres(String host, int port) {
                String image = text(service(host), "image");
                return image != null && image.startsWith("postgres") && port == 5432;
            }

            @Override
            public boolean reaches(String host, int port, Process target) {
                return host.equals(target.name()) && services().containsKey(host) && port == target.port();
            }
        };
    }
}
