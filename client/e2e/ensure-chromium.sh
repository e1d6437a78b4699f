#!/usr/bin/env sh
# The journeys run in Debian's Chromium (or CHROMIUM_PATH's).
exec sh "$(dirname "$0")/../../scripts/ensure-debian-package.sh" chromium 'the browser tests' test -x "${CHROMIUM_PATH:-/usr/bin/chromium}"
