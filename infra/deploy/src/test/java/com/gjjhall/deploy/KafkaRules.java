package com.gjjhall.deploy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kafka cluster that keeps acknowledged writes through the loss of one broker, and its topics. */
final class KafkaRules {

    /** Partitions per topic: at least as many as a consumer group may have instances (HPA max). */
    static final int MIN_PARTITIONS = 6;

    static final Map<String, String> DURABILITY = new LinkedHashMap<>();

    static {
        DURABILITY.put("KAFKA_DEFAULT_REPLICATION_FACTOR", "3");
        DURABILITY.put("KAFKA_MIN_INSYNC_REPLICAS", "2");
        DURABILITY.put("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3");
        DURABILITY.put("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3");
        DURABILITY.put("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
    }

    private static final Pattern LISTENER = Pattern.compile("[A-Za-z_]+://([^,\\s]+)");
    private static final Pattern PARTITIONS_DEFAULT = Pattern.compile("TOPIC_PARTITIONS:-(\\d+)");

    private KafkaRules() {
    }

    /** "PLAINTEXT://kafka-1:9092,EXTERNAL://host:19092" → [kafka-1:9092, host:19092]. */
    static List<String> listenerAddresses(String listeners) {
        List<String> addresses = new ArrayList<>();
        if (listeners != null) {
            Matcher m = LISTENER.matcher(listeners);
            while (m.find()) {
                addresses.add(m.group(1));
            }
        }
        return addresses;
    }

    /**
     * @param nodes each Kafka node (a compose service, or a pod of a StatefulSet) with its environment
     */
    static List<String> checkCluster(String where, Map<String, Map<String, String>> nodes) {
        List<String> problems = new ArrayList<>();
        Set<String> voterSets = new HashSet<>();
        Set<String> clusterIds = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        int brokers = 0;
        for (Map.Entry<String, Map<String, String>> node : nodes.entrySet()) {
            Map<String, String> env = node.getValue();
            String roles = env.get("KAFKA_PROCESS_ROLES");
            if (roles == null || env.containsKey("KAFKA_ZOOKEEPER_CONNECT")) {
                problems.add(where + ": Kafka node " + node.getKey() + " is not in KRaft mode (KAFKA_PROCESS_ROLES unset or ZooKeeper configured)");
                continue;
            }
            voterSets.add(String.valueOf(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS")));
            clusterIds.add(String.valueOf(env.get("CLUSTER_ID")));
            if (env.containsKey("KAFKA_NODE_ID") && !nodeIds.add(env.get("KAFKA_NODE_ID"))) {
                problems.add(where + ": Kafka node " + node.getKey() + " repeats KAFKA_NODE_ID " + env.get("KAFKA_NODE_ID"));
            }
            if (!roles.contains("broker")) {
                continue;
            }
            brokers++;
            DURABILITY.forEach((name, want) -> {
                if (!want.equals(env.get(name))) {
                    problems.add(where + ": Kafka broker " + node.getKey() + " has " + name + "=" + env.get(name) + ", want " + want);
                }
            });
            String partitions = env.get("KAFKA_NUM_PARTITIONS");
            if (partitions == null || !partitions.matches("\\d+") || Integer.parseInt(partitions) < MIN_PARTITIONS) {
                problems.add(where + ": Kafka broker " + node.getKey() + " has KAFKA_NUM_PARTITIONS=" + partitions
                        + ", want at least " + MIN_PARTITIONS);
            }
        }
        if (brokers != ServiceEnvRules.BROKERS) {
            problems.add(where + ": the Kafka cluster has " + brokers + " broker(s), want " + ServiceEnvRules.BROKERS);
        }
        if (voterSets.size() != 1) {
            problems.add(where + ": the Kafka nodes disagree on KAFKA_CONTROLLER_QUORUM_VOTERS: " + voterSets);
        } else {
            String voters = voterSets.iterator().next();
            int count = voters.equals("null") ? 0 : voters.split(",").length;
            if (count != 3) {
                problems.add(where + ": KAFKA_CONTROLLER_QUORUM_VOTERS names " + count + " controller(s) (" + voters
                        + "), want 3 so the quorum survives one loss");
            }
            for (String id : nodeIds) {
                if (!voters.matches("(.*,)?" + Pattern.quote(id) + "@.*")) {
                    problems.add(where + ": KAFKA_NODE_ID " + id + " is not among the voters " + voters);
                }
            }
        }
        if (clusterIds.size() > 1) {
            problems.add(where + ": the Kafka nodes disagree on CLUSTER_ID: " + clusterIds);
        }
        return problems;
    }

    /** The script that creates the topics: every topic of CONVENTIONS.md, replicated 3 times, min ISR 2. */
    static List<String> checkTopicScript(String where, String script, List<String> topics, int maxConsumers) {
        List<String> problems = new ArrayList<>();
        for (String topic : topics) {
            if (!Pattern.compile("(?<![\\w.-])" + Pattern.quote(topic) + "(?![\\w.-])").matcher(script).find()) {
                problems.add(where + ": does not create topic " + topic);
            }
        }
        if (!script.contains("--replication-factor 3")) {
            problems.add(where + ": does not create topics with --replication-factor 3");
        }
        if (!script.contains("min.insync.replicas=2")) {
            problems.add(where + ": does not set min.insync.replicas=2 on the topics");
        }
        Matcher partitions = PARTITIONS_DEFAULT.matcher(script);
        if (!partitions.find()) {
            problems.add(where + ": has no TOPIC_PARTITIONS default");
        } else {
            int count = Integer.parseInt(partitions.group(1));
            if (count < Math.max(MIN_PARTITIONS, maxConsumers)) {
                problems.add(where + ": creates " + count + " partitions per topic, want at least "
                        + Math.max(MIN_PARTITIONS, maxConsumers) + " (the most instances a consumer group may have)");
            }
        }
        return problems;
    }
}
