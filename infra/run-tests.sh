#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against a real PostgreSQL and Kafka, and the browser tests of the
# web hall in a real headless Chromium. Installs Debian's chromium, chromedriver and a Chinese font first where missing
# (as root, or with sudo); PostgreSQL and Kafka come as Maven artifacts. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The browser, its driver and a Chinese font (the screenshots show the hall's Chinese, not boxes).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "Installing chromium, chromium-driver and a Chinese font for the browser tests…"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null
fi

exec mvn -B verify "$@"
