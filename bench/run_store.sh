#!/usr/bin/env bash
# Store benchmark: ingest rate of 'khaldun ingest' (coding included) into
# SQLite and PostgreSQL, then one million synthetic events written straight
# into each store and the dyad-by-month aggregation timed over them.
#
#   bench/run_store.sh [BUILD_DIR] [EVENTS]
#
# PostgreSQL is a throwaway server started by scripts/with-postgres.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
events=${2:-1000000}
khaldun=$build/src/cli/khaldun
work=$(mktemp -d /tmp/khaldun-store-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
corpus=$build/bench/corpus-100k.jsonl
[ -f "$corpus" ] || "$build/bench/make_corpus" 10000 10 > "$corpus"
articles=$(wc -l < "$corpus")

ingest() {  # ingest STORE LABEL
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$khaldun" ingest --store "$1" "$corpus" 2> "$work/err.txt"
  read -r secs user sys < "$work/time.txt"
  echo "ingest $2: CPU in khaldun: $user s user, $sys s system"
  stored=$("$khaldun" query --store "$1" --group quad --format csv | awk -F, 'NR>1{n+=$3}END{print n}')
  awk -v l="$2" -v s="$secs" -v a="$articles" -v e="$stored" \
    'BEGIN{printf "ingest %s: %d articles, %d events in %.2f s: %.0f articles/s, %.0f events/s\n", l, a, e, s, a/s, e/s}'
}
export -f ingest
export khaldun corpus work articles build events

echo "load before: $(cut -d" " -f1-3 /proc/loadavg)"
ingest "$work/ingest.db" sqlite
"$build/bench/store_bench" "$work/million.db" "$events" | sed 's/^/sqlite /'
scripts/with-postgres.sh bash -c '
  base=${KHALDUN_TEST_PG%/*}
  psql -q "$KHALDUN_TEST_PG" -c "CREATE DATABASE ingest" -c "CREATE DATABASE million"
  ingest "$base/ingest" postgresql
  "$build/bench/store_bench" "$base/million" "$events" | sed "s/^/postgresql /"'
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
