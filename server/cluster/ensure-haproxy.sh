#!/usr/bin/env sh
# The cluster suite balances with Debian's HAProxy.
exec sh "$(dirname "$0")/../../scripts/ensure-debian-package.sh" haproxy 'the cluster test' command -v haproxy
