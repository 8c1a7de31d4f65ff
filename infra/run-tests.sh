#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against a real PostgreSQL and Kafka, and the browser tests of the
# web hall in a real headless Chromium. Installs Debian's chromium and chromedriver first where they are missing
# (as root, or with sudo); PostgreSQL and Kafka come as Maven artifacts. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing chromium and chromium-driver for the browser tests…"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec mvn -B verify "$@"
