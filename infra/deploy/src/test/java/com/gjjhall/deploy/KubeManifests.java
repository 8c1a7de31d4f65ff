package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.at;
import static com.gjjhall.deploy.Yamls.list;
import static com.gjjhall.deploy.Yamls.map;
import static com.gjjhall.deploy.Yamls.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.gjjhall.deploy.Conventions.Process;

/** The Kubernetes manifests, and what a kustomization made of them would apply. */
final class KubeManifests {

    static final String NAMESPACE = "gjj-hall";
    static final List<String> KUSTOMIZATION_FILES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");
    private static final Pattern IN_NAMESPACE = Pattern.compile("([a-z0-9-]+)(\\." + NAMESPACE + "(\\.svc(\\.cluster\\.local)?)?)?");

    /** One document of one file. */
    record Doc(Path file, Map<String, Object> body) {
        String kind() {
            return text(body, "kind");
        }

        String name() {
            return text(body, "metadata", "name");
        }

        String where(Path base) {
            return base.relativize(file) + ": " + kind() + " " + name();
        }

        /** The pod template of a workload, or null. */
        Map<String, Object> pod() {
            Object template = at(body, "spec", "template");
            return template == null ? null : map(template);
        }

        List<Map<String, Object>> containers() {
            return list(at(pod(), "spec", "containers")).stream().map(Yamls::map).toList();
        }

        Map<String, Object> podLabels() {
            return map(at(pod(), "metadata", "labels"));
        }
    }

    final Path root;
    final List<Doc> docs = new ArrayList<>();

    KubeManifests(Path root) throws IOException {
        this.root = root;
        for (Path file : Yamls.filesUnder(root)) {
            if (!isKustomization(file)) {
                for (Object document : Yamls.loadAll(file)) {
                    docs.add(new Doc(file, map(document)));
                }
            }
        }
    }

    static boolean isKustomization(Path file) {
        return KUSTOMIZATION_FILES.contains(file.getFileName().toString());
    }

    static Optional<Path> kustomizationIn(Path dir) {
        return KUSTOMIZATION_FILES.stream().map(dir::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The documents `kubectl apply -k dir` would apply (resources only: this project uses nothing else). */
    List<Doc> build(Path dir) throws IOException {
        Path kustomization = kustomizationIn(dir).orElseThrow(() -> new IllegalStateException(dir + " has no kustomization"));
        List<Doc> set = new ArrayList<>();
        for (Object resource : list(at(Yamls.loadAll(kustomization).get(0), "resources"))) {
            Path target = dir.resolve(String.valueOf(resource)).normalize();
            if (Files.isDirectory(target)) {
                set.addAll(build(target));
            } else {
                docs.stream().filter(d -> d.file().equals(target)).forEach(set::add);
            }
        }
        return set;
    }

    static Optional<Doc> find(List<Doc> set, String kind, String name) {
        return set.stream().filter(d -> kind.equals(d.kind()) && name.equals(d.name())).findFirst();
    }

    static List<Doc> ofKind(List<Doc> set, String... kinds) {
        return set.stream().filter(d -> List.of(kinds).contains(d.kind())).toList();
    }

    /** Whether every label a selector asks for is on the pod. */
    static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return !selector.isEmpty() && selector.entrySet().stream()
                .allMatch(e -> String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey()))));
    }

    /** A port given as a number or as the name of one of the container's ports. */
    static Integer resolvePort(Object port, Map<String, Object> container) {
        if (port instanceof Number n) {
            return n.intValue();
        }
        for (Object declared : list(container.get("ports"))) {
            if (String.valueOf(port).equals(text(declared, "name"))) {
                return Integer.valueOf(text(declared, "containerPort"));
            }
        }
        return null;
    }

    /**
     * A container's environment as the kubelet would set it: envFrom first, then env; ConfigMap values
     * resolved from the set, Secret values left as references. Unresolvable references become problems.
     */
    static Map<String, EnvValue> env(List<Doc> set, String where, Map<String, Object> container, List<String> problems) {
        Map<String, EnvValue> env = new LinkedHashMap<>();
        for (Object source : list(container.get("envFrom"))) {
            String configMap = text(source, "configMapRef", "name");
            String secret = text(source, "secretRef", "name");
            if (configMap != null) {
                Optional<Doc> found = find(set, "ConfigMap", configMap);
                if (found.isEmpty()) {
                    problems.add(where + ": envFrom names ConfigMap " + configMap + ", which is not in the manifests");
                }
                found.ifPresent(d -> map(d.body().get("data")).forEach((k, v) -> env.put(k, new EnvValue.Literal(String.valueOf(v)))));
            } else if (secret != null) {
                problems.add(where + ": envFrom takes all of Secret " + secret + "; name each secret variable with secretKeyRef");
            }
        }
        for (Object entry : list(container.get("env"))) {
            String name = text(entry, "name");
            Object value = at(entry, "value");
            Object configMapKey = at(entry, "valueFrom", "configMapKeyRef");
            Object secretKey = at(entry, "valueFrom", "secretKeyRef");
            if (value != null) {
                env.put(name, new EnvValue.Literal(String.valueOf(value)));
            } else if (configMapKey != null) {
                Object data = find(set, "ConfigMap", text(configMapKey, "name")).map(d -> at(d.body(), "data", text(configMapKey, "key"))).orElse(null);
                if (data == null) {
                    problems.add(where + ": " + name + " refers to ConfigMap " + text(configMapKey, "name") + " key "
                            + text(configMapKey, "key") + ", which is not in the manifests");
                } else {
                    env.put(name, new EnvValue.Literal(String.valueOf(data)));
                }
            } else if (secretKey != null) {
                env.put(name, new EnvValue.SecretRef(text(secretKey, "name"), text(secretKey, "key")));
            } else {
                env.put(name, new EnvValue.Literal("<" + at(entry, "valueFrom") + ">"));
            }
        }
        return env;
    }

    /** Kafka StatefulSets: workloads whose container runs a Kafka node. */
    static List<Doc> kafkaStatefulSets(List<Doc> set) {
        return ofKind(set, "StatefulSet").stream()
                .filter(d -> d.containers().stream().anyMatch(c -> String.valueOf(c.get("image")).contains("kafka")
                        && list(c.get("env")).stream().anyMatch(e -> "KAFKA_PROCESS_ROLES".equals(text(e, "name")))))
                .toList();
    }

    /** The environment of each pod of a Kafka StatefulSet, with $(POD_NAME)-style references filled in. */
    static Map<String, Map<String, String>> kafkaPods(List<Doc> set, Doc statefulSet, List<String> problems) {
        Map<String, Map<String, String>> pods = new LinkedHashMap<>();
        Map<String, Object> container = statefulSet.containers().get(0);
        String podNameVariable = list(container.get("env")).stream()
                .filter(e -> "metadata.name".equals(text(e, "valueFrom", "fieldRef", "fieldPath")))
                .map(e -> text(e, "name")).findFirst().orElse(null);
        Map<String, EnvValue> env = env(set, statefulSet.name(), container, problems);
        int replicas = Integer.parseInt(String.valueOf(at(statefulSet.body(), "spec", "replicas")));
        for (int i = 0; i < replicas; i++) {
            String pod = statefulSet.name() + "-" + i;
            Map<String, String> podEnv = new LinkedHashMap<>();
            env.forEach((k, v) -> {
                String value = String.valueOf(v.textOrNull());
                podEnv.put(k, podNameVariable == null ? value : value.replace("$(" + podNameVariable + ")", pod));
            });
            pods.put(pod, podEnv);
        }
        return pods;
    }

    /** Host names inside the cluster: a Service's name, optionally followed by the namespace and .svc... */
    static String serviceNameOf(String host) {
        Matcher m = IN_NAMESPACE.matcher(host);
        return m.matches() ? m.group(1) : null;
    }

    static ServiceEnvRules.Platform platform(List<Doc> set, List<String> problems) {
        Map<String, String> brokers = new LinkedHashMap<>();
        for (Doc kafka : kafkaStatefulSets(set)) {
            kafkaPods(set, kafka, problems).forEach((pod, env) ->
                    KafkaRules.listenerAddresses(env.get("KAFKA_ADVERTISED_LISTENERS")).forEach(a -> brokers.put(a, pod)));
        }
        return new ServiceEnvRules.Platform() {
            @Override
            public Map<String, String> brokerAddresses() {
                return brokers;
            }

            @Override
            public boolean isPostgres(String host, int port) {
                return servicePort(host, port).map(service -> ofKind(set, "StatefulSet", "Deployment").stream()
                        .filter(w -> selects(map(at(service.body(), "spec", "selector")), w.podLabels()))
                        .anyMatch(w -> w.containers().stream().anyMatch(c -> String.valueOf(c.get("image")).startsWith("postgres"))))
                        .orElse(false);
            }

            @Override
            public boolean reaches(String host, int port, Process target) {
                return target.name().equals(serviceNameOf(host)) && port == target.port() && servicePort(host, port).isPresent();
            }

            private Optional<Doc> servicePort(String host, int port) {
                String name = serviceNameOf(host);
                return name == null ? Optional.empty() : find(set, "Service", name).filter(s ->
                        list(at(s.body(), "spec", "ports")).stream().anyMatch(p -> String.valueOf(port).equals(text(p, "port"))));
            }
        };
    }
}
