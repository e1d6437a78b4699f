#!/usr/bin/env sh
# The cluster suite balances with Debian's HAProxy; install it on a fresh machine of this kind (root, apt).
set -eu
if command -v haproxy >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing HAProxy for the cluster test (apt-get install haproxy)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
else
  echo "HAProxy is missing: install Debian's haproxy package." >&2
  exit 1
fi
