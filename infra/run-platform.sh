#!/usr/bin/env bash
# Builds what is needed and starts the whole platform on this machine; Ctrl-C stops it.
# Usage: infra/run-platform.sh [--no-build] [launcher options]   (--help lists them)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/infra/launcher/target"
jar="$target/launcher.jar"

build=true
args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --help|-h) [ -f "$jar" ] && build=false; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

if $build; then
  echo "Building (mvn -DskipTests package)…"
  mvn -B -q -DskipTests -f "$root/pom.xml" package
fi

# The launcher JVM also runs the Kafka broker. C1 only: it halves the broker's start-up CPU (~11 s to ~6 s)
# on a 2-core machine where seven services start at the same time; a local broker needs no peak throughput.
exec java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
  -Daxoniq.update-checker.disabled=true \
  -cp "$jar:$target/lib/*" com.gjjhall.launcher.Launcher "${args[@]+"${args[@]}"}"
