#!/usr/bin/env sh
# The journeys run in Debian's Chromium; install it on a fresh machine of this kind (root, apt).
set -eu
if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing: install Debian's chromium package or set CHROMIUM_PATH." >&2
  exit 1
fi
