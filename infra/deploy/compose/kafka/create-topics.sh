#!/usr/bin/env bash
# Creates the platform's topics; safe to run again (--if-not-exists). Runs in the apache/kafka image.
# Same text as the kafka-topics ConfigMap in ../../k8s/base/kafka-topics.yaml (DeploymentFilesTest keeps them equal).
# Partitions bound how far consumers scale out: one partition feeds one instance of a consumer
# group, so keep TOPIC_PARTITIONS >= the largest replica count a service may reach (HPA max 6).
set -euo pipefail
BOOTSTRAP_SERVERS="${BOOTSTRAP_SERVERS:?BOOTSTRAP_SERVERS is not set}"
TOPIC_PARTITIONS="${TOPIC_PARTITIONS:-6}"
DEAD_LETTER_RETENTION_MS=2592000000 # 30 days: time for operations to inspect and replay

create() {
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --create --if-not-exists \
    --topic "$1" --partitions "$TOPIC_PARTITIONS" --replication-factor 3 \
    --config min.insync.replicas=2 "${@:2}"
}

# Business topics keep every record: audit-service rebuilds its log from them if its database is lost.
for topic in identity.events account.events remittance.events collection.events \
             bank.settlement bank.instruction; do
  create "$topic" --config retention.ms=-1 --config retention.bytes=-1
done

# One dead-letter topic per consumer group: deadletter.<group>, the group being the service's name.
for topic in deadletter.identity-service deadletter.account-service deadletter.remittance-service \
             deadletter.collection-service deadletter.audit-service deadletter.bank-simulator; do
  create "$topic" --config retention.ms="$DEAD_LETTER_RETENTION_MS"
done

echo "platform topics ready"
