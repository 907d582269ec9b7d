#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on loopback:
#
#   scripts/with-postgres.sh COMMAND [ARG...]
#
# Creates a cluster in a temporary folder (initdb), starts it on a free
# 127.0.0.1 port, runs COMMAND with KHALDUN_TEST_PG=postgresql://khaldun@127.0.0.1:PORT/postgres
# exported, then stops the server and removes the folder, whatever COMMAND
# did. PostgreSQL refuses to run as root, so as root the server runs as the
# 'postgres' user the Debian package creates.
set -euo pipefail
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server found (install Debian's postgresql)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/khaldun-pg.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_server=(runuser -u postgres --)
fi
stop() {
  "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U khaldun -A trust -E UTF8 >/dev/null
# A free port: the first one nothing answers on.
port=$((20000 + RANDOM % 20000))
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off" \
  start >/dev/null
export KHALDUN_TEST_PG="postgresql://khaldun@127.0.0.1:$port/postgres"
echo "with-postgres: server on 127.0.0.1:$port" >&2
status=0
"$@" || status=$?
exit $status
