package com.gjjhall.deploy;

import static com.gjjhall.deploy.Yamls.at;
import static com.gjjhall.deploy.Yamls.list;
import static com.gjjhall.deploy.Yamls.map;
import static com.gjjhall.deploy.Yamls.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.gjjhall.deploy.Conventions.Process;
import com.gjjhall.deploy.KubeManifests.Doc;

/**
 * The compose file, the Dockerfile and the Kubernetes manifests agree with infra/CONVENTIONS.md and
 * with what a production cluster needs, checked from the files alone (no Docker, no cluster).
 * Each test gathers every problem it finds, each naming the file and the thing that is wrong.
 */
class DeploymentFilesTest {

    private static final Path MODULE = moduleDir();
    private static final Path REPOSITORY = MODULE.resolve("../..").normalize();
    private static final Path COMPOSE = MODULE.resolve("compose/compose.yaml");
    private static final Path POSTGRES_INIT = MODULE.resolve("compose/postgres/init-databases.sh");
    private static final Path TOPICS_SCRIPT = MODULE.resolve("compose/kafka/create-topics.sh");
    private static final Path ENV_EXAMPLE = MODULE.resolve("compose/.env.example");
    private static final Path DOCKERFILE = MODULE.resolve("docker/Dockerfile");
    private static final Path K8S = MODULE.resolve("k8s");
    private static final Path BASE = K8S.resolve("base");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"']+");

    private static Conventions conventions;
    private static ComposeFile compose;
    private static KubeManifests kube;
    private static List<Doc> production;

    @BeforeAll
    static void read() throws IOException {
        conventions = Conventions.read(MODULE.resolve("../CONVENTIONS.md").normalize());
        compose = ComposeFile.read(COMPOSE);
        kube = new KubeManifests(K8S);
        production = kube.build(BASE);
    }

    @Test
    void everyYamlFileIsWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : Yamls.filesUnder(MODULE)) {
            String where = MODULE.relativize(file).toString();
            List<Object> documents;
            try {
                documents = Yamls.loadAll(file);
            } catch (IllegalStateException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (documents.isEmpty()) {
                problems.add(where + ": has no YAML document");
            }
            for (Object document : documents) {
                if (!(document instanceof Map)) {
                    problems.add(where + ": a document is not a mapping: " + document);
                } else if (file.startsWith(K8S) && KubeManifests.isKustomization(file)) {
                    if (!"Kustomization".equals(text(document, "kind")) || text(document, "apiVersion") == null) {
                        problems.add(where + ": is not a Kustomization (kind/apiVersion)");
                    }
                } else if (file.startsWith(K8S)) {
                    String name = text(document, "metadata", "name");
                    if (text(document, "apiVersion") == null || text(document, "kind") == null || name == null) {
                        problems.add(where + ": a document lacks apiVersion, kind or metadata.name: " + name);
                    } else if (!"Namespace".equals(text(document, "kind"))
                            && !KubeManifests.NAMESPACE.equals(text(document, "metadata", "namespace"))) {
                        problems.add(where + ": " + text(document, "kind") + " " + name + " is not in namespace " + KubeManifests.NAMESPACE);
                    }
                }
            }
        }
        if (!(compose.root.get("services") instanceof Map)) {
            problems.add("compose/compose.yaml: has no services");
        }
        assertNone(problems);
    }

    // ---- compose -------------------------------------------------------------------------------------

    @Test
    void composeRunsEveryServiceFromItsJarOnItsPort() {
        List<String> problems = new ArrayList<>();
        for (Process process : conventions.services()) {
            String where = "compose/compose.yaml: service " + process.name();
            Map<String, Object> service = compose.service(process.name());
            if (service.isEmpty()) {
                problems.add(where + " is missing");
                continue;
            }
            String image = text(service, "image");
            if (image == null || !image.startsWith("gjj/" + process.name() + ":")) {
                problems.add(where + ": image is " + image + ", want gjj/" + process.name() + ":${GJJ_VERSION:-latest}");
            }
            Path context = COMPOSE.getParent().resolve(String.valueOf(text(service, "build", "context"))).normalize();
            Path dockerfile = context.resolve(String.valueOf(text(service, "build", "dockerfile"))).normalize();
            if (!dockerfile.equals(DOCKERFILE)) {
                problems.add(where + ": builds with " + dockerfile + ", want the shared docker/Dockerfile");
            }
            String jar = text(service, "build", "args", "JAR");
            if (jar == null || !jar.endsWith("/target/" + process.name() + ".jar")
                    || !Files.isDirectory(context.resolve(jar).getParent().getParent())) {
                problems.add(where + ": build arg JAR is " + jar + ", want <module>/target/" + process.name()
                        + ".jar of an existing module, relative to the build context");
            }
            if (!String.valueOf(process.port()).equals(text(service, "build", "args", "PORT"))) {
                problems.add(where + ": build arg PORT is " + text(service, "build", "args", "PORT") + ", want " + process.port());
            }
            for (Object published : list(service.get("ports"))) {
                String spec = String.valueOf(published instanceof Map ? at(published, "target") : published);
                String containerPort = spec.substring(spec.lastIndexOf(':') + 1).replace("/tcp", "");
                if (!containerPort.equals(String.valueOf(process.port()))) {
                    problems.add(where + ": publishes container port " + containerPort + ", the service listens on " + process.port());
                }
            }
            List<String> urls = healthcheckUrls(service);
            if (urls.isEmpty()) {
                problems.add(where + ": has no HTTP healthcheck on /actuator/health");
            }
            for (String url : urls) {
                URI uri = URI.create(url);
                if (uri.getPort() != process.port() || !uri.getPath().startsWith("/actuator/health")) {
                    problems.add(where + ": healthcheck asks " + url + ", want http://localhost:" + process.port() + "/actuator/health");
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void composeStartsEveryServiceWithTheConventionalSettings() {
        List<String> problems = new ArrayList<>();
        ServiceEnvRules.Platform platform = compose.platform();
        for (Process process : conventions.services()) {
            Map<String, Object> service = compose.service(process.name());
            if (!service.isEmpty()) {
                problems.addAll(ServiceEnvRules.check("compose/compose.yaml: service " + process.name(), process,
                        ComposeFile.env(service), conventions, platform));
            }
        }
        assertNone(problems);
    }

    @Test
    void composeKafkaIsAThreeBrokerKraftClusterThatCreatesEveryTopic() throws IOException {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (String node : compose.kafkaNodes()) {
            Map<String, String> env = new LinkedHashMap<>();
            ComposeFile.env(compose.service(node)).forEach((k, v) -> env.put(k, v.textOrNull()));
            nodes.put(node, env);
        }
        List<String> problems = new ArrayList<>(KafkaRules.checkCluster("compose/compose.yaml", nodes));
        problems.addAll(KafkaRules.checkTopicScript("compose/kafka/create-topics.sh", Files.readString(TOPICS_SCRIPT),
                conventions.topics(), maxReplicas()));
        String topicsService = compose.services().entrySet().stream()
                .filter(e -> String.valueOf(e.getValue()).contains("create-topics.sh"))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (topicsService == null) {
            problems.add("compose/compose.yaml: no service runs kafka/create-topics.sh");
        }
        for (Process process : conventions.services()) {
            if (process.ownsDatabase() && topicsService != null
                    && !"service_completed_successfully".equals(text(compose.service(process.name()), "depends_on", topicsService, "condition"))) {
                problems.add("compose/compose.yaml: service " + process.name() + " starts before " + topicsService + " has created the topics");
            }
        }
        assertNone(problems);
    }

    @Test
    void composeStartsAServiceOnlyOnceWhatItNeedsIsHealthy() {
        List<String> problems = new ArrayList<>();
        String postgres = compose.services().keySet().stream()
                .filter(name -> String.valueOf(text(compose.service(name), "image")).startsWith("postgres"))
                .findFirst().orElse(null);
        if (postgres == null) {
            problems.add("compose/compose.yaml: has no PostgreSQL service");
        } else if (!String.valueOf(text(compose.service(postgres), "image")).matches("postgres:16([.-].*)?")) {
            problems.add("compose/compose.yaml: service " + postgres + " runs " + text(compose.service(postgres), "image") + ", want postgres:16");
        }
        for (Process process : conventions.services()) {
            String where = "compose/compose.yaml: service " + process.name();
            Map<String, Object> dependsOn = map(compose.service(process.name()).get("depends_on"));
            if (!list(compose.service(process.name()).get("depends_on")).isEmpty()) {
                problems.add(where + ": depends_on is a list; give each dependency a condition");
            }
            dependsOn.forEach((dependency, spec) -> {
                String condition = text(spec, "condition");
                if (!compose.services().containsKey(dependency)) {
                    problems.add(where + ": depends on " + dependency + ", which is not a service");
                } else if ("service_healthy".equals(condition) && compose.service(dependency).get("healthcheck") == null) {
                    problems.add(where + ": waits for " + dependency + " to be healthy, but it has no healthcheck");
                } else if (!Set.of("service_healthy", "service_completed_successfully").contains(condition)) {
                    problems.add(where + ": depends on " + dependency + " with condition " + condition
                            + ", want service_healthy (or service_completed_successfully for a one-shot job)");
                }
            });
            List<String> needed = new ArrayList<>();
            if (process.ownsDatabase()) {
                needed.add(postgres);
                needed.addAll(compose.kafkaNodes());
            }
            if (process.name().equals(Conventions.GATEWAY)) {
                needed.add(Conventions.IDENTITY);
            }
            for (String dependency : needed) {
                if (!"service_healthy".equals(text(dependsOn.get(dependency), "condition"))) {
                    problems.add(where + ": does not wait for " + dependency + " to be healthy (depends_on ... condition: service_healthy)");
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void postgresCreatesEveryDatabaseAndKeepsItsData() throws IOException {
        List<String> problems = new ArrayList<>();
        String script = Files.readString(POSTGRES_INIT);
        for (Process process : conventions.services()) {
            process.database().filter(db -> !Pattern.compile("(?m)^\\s*for db in [^;]*\\b" + Pattern.quote(db) + "\\b").matcher(script).find()
                    && !script.contains("CREATE DATABASE " + db)).ifPresent(db ->
                    problems.add("compose/postgres/init-databases.sh: does not create database " + db + " (" + process.name() + ")"));
        }
        String mounts = String.valueOf(compose.services().values().stream()
                .filter(s -> String.valueOf(text(s, "image")).startsWith("postgres")).map(s -> map(s).get("volumes")).toList());
        if (!mounts.contains("./postgres/init-databases.sh:/docker-entrypoint-initdb.d/")) {
            problems.add("compose/compose.yaml: the PostgreSQL service does not mount postgres/init-databases.sh into /docker-entrypoint-initdb.d");
        }
        if (!mounts.contains(":/var/lib/postgresql/data")) {
            problems.add("compose/compose.yaml: the PostgreSQL service keeps its data in no volume");
        }
        Optional<Doc> statefulSet = KubeManifests.ofKind(production, "StatefulSet").stream()
                .filter(d -> d.containers().stream().anyMatch(c -> String.valueOf(c.get("image")).startsWith("postgres:16"))).findFirst();
        if (statefulSet.isEmpty()) {
            problems.add("k8s/base: has no PostgreSQL 16 StatefulSet");
        } else {
            Doc pg = statefulSet.get();
            String where = pg.where(MODULE);
            if (list(at(pg.body(), "spec", "volumeClaimTemplates")).isEmpty()) {
                problems.add(where + ": has no volumeClaimTemplates: its data would not survive the pod");
            }
            String initConfigMap = list(at(pg.pod(), "spec", "volumes")).stream()
                    .filter(v -> pg.containers().stream().flatMap(c -> list(c.get("volumeMounts")).stream())
                            .anyMatch(m -> "/docker-entrypoint-initdb.d".equals(text(m, "mountPath")) && text(m, "name").equals(text(v, "name"))))
                    .map(v -> text(v, "configMap", "name")).findFirst().orElse(null);
            Optional<Doc> init = initConfigMap == null ? Optional.empty() : KubeManifests.find(production, "ConfigMap", initConfigMap);
            if (init.isEmpty()) {
                problems.add(where + ": mounts no init ConfigMap at /docker-entrypoint-initdb.d");
            } else if (!map(init.get().body().get("data")).containsValue(script)) {
                problems.add(init.get().where(MODULE) + ": its script differs from compose/postgres/init-databases.sh; keep one text");
            }
        }
        assertNone(problems);
    }

    @Test
    void dockerfileBuildsAnyServiceJarAsANonRootContainerSizedJvm() throws IOException {
        List<String> problems = new ArrayList<>();
        String dockerfile = Files.readString(DOCKERFILE).replace("\\\n", " ");
        List<String> instructions = dockerfile.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (!dockerfile.contains("eclipse-temurin:17-jre")) {
            problems.add("docker/Dockerfile: is not based on eclipse-temurin:17-jre");
        }
        if (instructions.stream().noneMatch(l -> l.matches("ARG\\s+JAR\\b.*"))) {
            problems.add("docker/Dockerfile: has no ARG JAR, so it cannot build any service's jar");
        }
        String user = instructions.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElse(null);
        if (user == null || user.matches("USER\\s+(root|0)(:.*)?")) {
            problems.add("docker/Dockerfile: runs as " + (user == null ? "root (no USER)" : user) + "; want a non-root user");
        }
        if (instructions.stream().noneMatch(l -> l.startsWith("HEALTHCHECK") && l.contains("/actuator/health"))) {
            problems.add("docker/Dockerfile: has no HEALTHCHECK on /actuator/health");
        }
        if (!dockerfile.contains("-XX:MaxRAMPercentage=")) {
            problems.add("docker/Dockerfile: does not size the heap to the container (-XX:MaxRAMPercentage)");
        }
        assertNone(problems);
    }

    // ---- Kubernetes ----------------------------------------------------------------------------------

    @Test
    void kubernetesRunsEveryServiceOnItsPortWithActuatorProbes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Process process : conventions.services()) {
            List<Doc> set = setOf(process, problems);
            if (set == null) {
                continue;
            }
            Doc deployment = KubeManifests.find(set, "Deployment", process.name()).orElseThrow();
            String where = deployment.where(MODULE);
            Map<String, Object> container = serviceContainer(deployment);
            if (!String.valueOf(container.get("image")).startsWith("gjj/" + process.name() + ":")) {
                problems.add(where + ": image is " + container.get("image") + ", want gjj/" + process.name() + ":<tag>");
            }
            List<Integer> containerPorts = list(container.get("ports")).stream().map(p -> Integer.valueOf(text(p, "containerPort"))).toList();
            if (!containerPorts.equals(List.of(process.port()))) {
                problems.add(where + ": container ports are " + containerPorts + ", want [" + process.port() + "]");
            }
            Map<String, String> probes = Map.of("readinessProbe", "/actuator/health/readiness",
                    "livenessProbe", "/actuator/health/liveness", "startupProbe", "/actuator/health");
            probes.forEach((probe, path) -> {
                Object get = at(container, probe, "httpGet");
                String actual = text(get, "path");
                if (actual == null || !(probe.equals("startupProbe") ? actual.startsWith(path) : actual.equals(path))) {
                    problems.add(where + ": " + probe + " path is " + actual + ", want " + path);
                }
                Integer port = get == null ? null : KubeManifests.resolvePort(at(get, "port"), container);
                if (get != null && !Integer.valueOf(process.port()).equals(port)) {
                    problems.add(where + ": " + probe + " port " + at(get, "port") + " resolves to " + port + ", want " + process.port());
                }
            });
            Map<String, Object> annotations = map(at(deployment.pod(), "metadata", "annotations"));
            Map<String, String> scrape = Map.of("prometheus.io/scrape", "true", "prometheus.io/path", "/actuator/prometheus",
                    "prometheus.io/port", String.valueOf(process.port()));
            scrape.forEach((key, want) -> {
                if (!want.equals(text(annotations.get(key)))) {
                    problems.add(where + ": pod annotation " + key + " is " + annotations.get(key) + ", want " + want);
                }
            });
            Optional<Doc> service = KubeManifests.find(set, "Service", process.name());
            if (service.isEmpty()) {
                problems.add(where + ": has no Service named " + process.name());
                continue;
            }
            String serviceWhere = service.get().where(MODULE);
            if (!KubeManifests.selects(map(at(service.get().body(), "spec", "selector")), deployment.podLabels())) {
                problems.add(serviceWhere + ": selector does not select the pods of Deployment " + process.name());
            }
            for (Object port : list(at(service.get().body(), "spec", "ports"))) {
                Integer target = KubeManifests.resolvePort(at(port, "targetPort") == null ? at(port, "port") : at(port, "targetPort"), container);
                if (!String.valueOf(process.port()).equals(text(port, "port")) || !Integer.valueOf(process.port()).equals(target)) {
                    problems.add(serviceWhere + ": port " + text(port, "port") + " -> targetPort " + at(port, "targetPort")
                            + " (" + target + "), want " + process.port() + " -> " + process.port());
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void kubernetesStartsEveryServiceWithTheConventionalSettings() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Process process : conventions.services()) {
            List<Doc> set = setOf(process, problems);
            if (set == null) {
                continue;
            }
            Doc deployment = KubeManifests.find(set, "Deployment", process.name()).orElseThrow();
            String where = deployment.where(MODULE);
            Map<String, Object> container = serviceContainer(deployment);
            Map<String, EnvValue> env = KubeManifests.env(set, where, container, problems);
            problems.addAll(ServiceEnvRules.check(where, process, env, conventions, KubeManifests.platform(set, problems)));
        }
        assertNone(problems);
    }

    @Test
    void everyKubernetesWorkloadHasProbesAndResourceLimits() {
        List<String> problems = new ArrayList<>();
        for (Doc workload : KubeManifests.ofKind(kube.docs, "Deployment", "StatefulSet", "Job")) {
            boolean longRunning = !"Job".equals(workload.kind());
            for (Map<String, Object> container : workload.containers()) {
                String where = workload.where(MODULE) + " container " + container.get("name");
                if (longRunning && (container.get("readinessProbe") == null || container.get("livenessProbe") == null)) {
                    problems.add(where + ": lacks a readinessProbe or a livenessProbe");
                }
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (text(container, "resources", kind, resource) == null) {
                            problems.add(where + ": has no resources." + kind + "." + resource);
                        }
                    }
                }
            }
        }
        assertNone(problems);
    }

    @Test
    void everyHttpProbeAsksAnActuatorHealthPath() {
        List<String> problems = new ArrayList<>();
        for (Doc workload : KubeManifests.ofKind(kube.docs, "Deployment", "StatefulSet")) {
            for (Map<String, Object> container : workload.containers()) {
                for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
                    String path = text(container, probe, "httpGet", "path");
                    if (path != null && !path.startsWith("/actuator/health")) {
                        problems.add(workload.where(MODULE) + " container " + container.get("name") + ": " + probe + " asks "
                                + path + ", not an actuator health path");
                    }
                }
            }
        }
        compose.services().forEach((name, service) -> {
            for (String url : healthcheckUrls(map(service))) {
                if (!URI.create(url).getPath().startsWith("/actuator/health")) {
                    problems.add("compose/compose.yaml: service " + name + ": healthcheck asks " + url + ", not an actuator health path");
                }
            }
        });
        assertNone(problems);
    }

    @Test
    void statelessServicesAutoscaleAndKeepAReplicaThroughDisruptions() {
        List<String> problems = new ArrayList<>();
        for (Process process : conventions.services()) {
            Optional<Doc> deployment = KubeManifests.find(kube.docs, "Deployment", process.name());
            Optional<Doc> hpa = KubeManifests.ofKind(kube.docs, "HorizontalPodAutoscaler").stream()
                    .filter(h -> process.name().equals(text(h.body(), "spec", "scaleTargetRef", "name"))).findFirst();
            if (deployment.isEmpty()) {
                continue; // reported by kubernetesRunsEveryServiceOnItsPortWithActuatorProbes
            }
            String where = deployment.get().where(MODULE);
            if (Conventions.NON_PRODUCTION.contains(process.name())) {
                if (hpa.isPresent()) {
                    problems.add(hpa.get().where(MODULE) + ": the non-production " + process.name() + " runs as one replica, without an autoscaler");
                }
                if (!"1".equals(text(deployment.get().body(), "spec", "replicas"))) {
                    problems.add(where + ": replicas is " + text(deployment.get().body(), "spec", "replicas") + ", want 1");
                }
                if (!"non-production".equals(text(deployment.get().podLabels().get("gjj-hall/environment")))) {
                    problems.add(where + ": its pods are not labelled gjj-hall/environment: non-production");
                }
                continue;
            }
            if (hpa.isEmpty()) {
                problems.add(where + ": has no HorizontalPodAutoscaler");
            } else {
                Map<String, Object> spec = map(hpa.get().body().get("spec"));
                int min = Integer.parseInt(String.valueOf(spec.get("minReplicas")));
                int max = Integer.parseInt(String.valueOf(spec.get("maxReplicas")));
                if (min < 2 || max <= min || !"Deployment".equals(text(spec, "scaleTargetRef", "kind"))) {
                    problems.add(hpa.get().where(MODULE) + ": scales Deployment between " + min + " and " + max + ", want at least 2 and more than that");
                }
                if (list(spec.get("metrics")).stream().noneMatch(m -> "cpu".equals(text(m, "resource", "name")))) {
                    problems.add(hpa.get().where(MODULE) + ": does not scale on CPU");
                }
                Object replicas = at(deployment.get().body(), "spec", "replicas");
                if (replicas != null && Integer.parseInt(String.valueOf(replicas)) < min) {
                    problems.add(where + ": replicas " + replicas + " is below the autoscaler's minimum " + min);
                }
            }
            if (pdbFor(deployment.get()).isEmpty()) {
                problems.add(where + ": has no PodDisruptionBudget");
            }
        }
        assertNone(problems);
    }

    @Test
    void kubernetesKafkaIsAThreeBrokerKraftStatefulSetThatCreatesEveryTopic() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Doc> kafkas = KubeManifests.kafkaStatefulSets(production);
        if (kafkas.size() != 1) {
            problems.add("k8s/base: has " + kafkas.size() + " Kafka StatefulSets, want 1 (every pod broker and controller)");
        }
        for (Doc kafka : kafkas) {
            String where = kafka.where(MODULE);
            problems.addAll(KafkaRules.checkCluster(where, KubeManifests.kafkaPods(production, kafka, problems)));
            String serviceName = text(kafka.body(), "spec", "serviceName");
            Optional<Doc> headless = KubeManifests.find(production, "Service", String.valueOf(serviceName));
            if (headless.isEmpty() || !"None".equals(text(headless.get().body(), "spec", "clusterIP"))) {
                problems.add(where + ": serviceName " + serviceName + " is not a headless Service (clusterIP: None)");
            }
            if (list(at(kafka.body(), "spec", "volumeClaimTemplates")).isEmpty()) {
                problems.add(where + ": has no volumeClaimTemplates: a restarted broker would lose its log");
            }
            if (pdbFor(kafka).isEmpty()) {
                problems.add(where + ": has no PodDisruptionBudget");
            }
        }
        String script = Files.readString(TOPICS_SCRIPT);
        boolean embedded = KubeManifests.ofKind(production, "ConfigMap").stream()
                .anyMatch(c -> map(c.body().get("data")).containsValue(script));
        if (!embedded) {
            problems.add("k8s/base: no ConfigMap holds the text of compose/kafka/create-topics.sh; keep one text");
        }
        if (KubeManifests.ofKind(production, "Job").stream().noneMatch(j -> String.valueOf(j.body()).contains("create-topics.sh"))) {
            problems.add("k8s/base: no Job runs create-topics.sh");
        }
        assertNone(problems);
    }

    @Test
    void kustomizationsListEveryManifest() throws IOException {
        assertNone(KustomizeRules.check(K8S, MODULE));
    }

    @Test
    void noPasswordOrKeyIsWrittenIntoTheFiles() throws IOException {
        List<String> problems = new ArrayList<>(SecretRules.inCompose("compose/compose.yaml", compose.root));
        Map<String, Object> secretTemplate = null;
        for (Doc doc : kube.docs) {
            boolean template = KustomizeRules.isTemplate(doc.file());
            problems.addAll(SecretRules.inManifest(doc.where(MODULE), doc.body(), template));
            if (template && "Secret".equals(doc.kind())) {
                secretTemplate = doc.body();
            }
        }
        for (Doc workload : KubeManifests.ofKind(kube.docs, "Deployment", "StatefulSet", "Job")) {
            for (Map<String, Object> container : workload.containers()) {
                for (Object entry : list(container.get("env"))) {
                    Object ref = at(entry, "valueFrom", "secretKeyRef");
                    if (ref == null) {
                        continue;
                    }
                    boolean known = secretTemplate != null && text(secretTemplate, "metadata", "name").equals(text(ref, "name"))
                            && map(secretTemplate.get("stringData")).containsKey(text(ref, "key"));
                    if (!known) {
                        problems.add(workload.where(MODULE) + ": " + text(entry, "name") + " refers to Secret " + text(ref, "name")
                                + " key " + text(ref, "key") + ", which k8s/templates does not document");
                    }
                }
            }
        }
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            Matcher m = Pattern.compile("([A-Z_][A-Z0-9_]*)=(.*)").matcher(line.trim());
            if (m.matches() && EnvValue.isSecretName(m.group(1)) && !m.group(2).isBlank()) {
                problems.add("compose/.env.example: " + m.group(1) + " has a value; leave secrets empty in the example");
            }
        }
        assertNone(problems);
    }

    @Test
    void serviceModulesListenOnTheirConventionalPort() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Process process : conventions.services()) {
            ApplicationPorts.check(REPOSITORY, process.name(), process.port()).ifPresent(problems::add);
        }
        assertNone(problems);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /**
     * The kustomization set a service is deployed with: the production base, or, for a
     * non-production service, an overlay (and then it must not be in the base).
     */
    private static List<Doc> setOf(Process process, List<String> problems) throws IOException {
        boolean inBase = KubeManifests.find(production, "Deployment", process.name()).isPresent();
        if (!Conventions.NON_PRODUCTION.contains(process.name())) {
            if (!inBase) {
                problems.add("k8s/base: has no Deployment " + process.name());
                return null;
            }
            return production;
        }
        if (inBase) {
            problems.add("k8s/base: deploys the non-production " + process.name() + " to production");
        }
        for (Path kustomization : Yamls.filesUnder(K8S).stream().filter(KubeManifests::isKustomization).toList()) {
            List<Doc> set = kube.build(kustomization.getParent());
            if (!kustomization.getParent().equals(BASE) && KubeManifests.find(set, "Deployment", process.name()).isPresent()) {
                return set;
            }
        }
        problems.add("k8s: no overlay deploys " + process.name());
        return null;
    }

    private static Map<String, Object> serviceContainer(Doc deployment) {
        return deployment.containers().stream().filter(c -> deployment.name().equals(c.get("name")))
                .findFirst().orElse(deployment.containers().get(0));
    }

    private static Optional<Doc> pdbFor(Doc workload) {
        return KubeManifests.ofKind(kube.docs, "PodDisruptionBudget").stream()
                .filter(p -> KubeManifests.selects(map(at(p.body(), "spec", "selector", "matchLabels")), workload.podLabels()))
                .findFirst();
    }

    private static int maxReplicas() {
        return KubeManifests.ofKind(kube.docs, "HorizontalPodAutoscaler").stream()
                .mapToInt(h -> Integer.parseInt(String.valueOf(at(h.body(), "spec", "maxReplicas")))).max().orElse(1);
    }

    private static List<String> healthcheckUrls(Map<String, Object> service) {
        Object test = at(service, "healthcheck", "test");
        List<String> urls = new ArrayList<>();
        Matcher m = URL.matcher(String.join(" ", list(test).isEmpty() ? List.of(String.valueOf(test))
                : list(test).stream().map(String::valueOf).toList()));
        while (m.find()) {
            urls.add(m.group());
        }
        return urls;
    }

    private static void assertNone(List<String> problems) {
        assertThat(problems).as("problems in infra/deploy (%d)", problems.size()).isEmpty();
    }

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return (Files.isDirectory(here.resolve("k8s")) ? here : here.resolve("infra/deploy")).normalize();
    }
}
