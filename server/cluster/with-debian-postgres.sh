#!/usr/bin/env sh
# Runs the given command with DATABASE_URL pointing at Debian's stock PostgreSQL (installed with
# apt-get when missing): a throwaway cluster in a temp dir on a free loopback port, removed after.
set -eu
sh "$(dirname "$0")/../../scripts/ensure-debian-package.sh" postgresql 'the cluster test' sh -c 'ls /usr/lib/postgresql/*/bin/initdb'
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DIR=$(mktemp -d /tmp/portal-debian-pg-XXXXXX)
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
if [ "$(id -u)" = "0" ]; then
  chown postgres: "$DIR"
  AS_OWNER="runuser -u postgres --"
else
  AS_OWNER=""
fi
cleanup() {
  $AS_OWNER "$BIN/pg_ctl" stop -D "$DIR/data" -m fast >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM
$AS_OWNER "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >/dev/null
$AS_OWNER "$BIN/pg_ctl" start -D "$DIR/data" -w -l "$DIR/postgres.log" \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k $DIR" >/dev/null
echo "Debian PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
DATABASE_URL="postgresql://postgres@127.0.0.1:$PORT/postgres" "$@"
