#!/usr/bin/env sh
# ensure-debian-package.sh <package> <what it is for> <check…>: unless the check command succeeds,
# installs Debian's <package> with apt-get (as root on a fresh machine of this kind), as the
# test commands need Chromium, HAProxy and PostgreSQL there.
set -eu
package=$1
purpose=$2
shift 2
if "$@" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $package for $purpose (apt-get install $package)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
else
  echo "$package is missing: install Debian's $package package." >&2
  exit 1
fi
