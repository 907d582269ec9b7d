#!/usr/bin/env bash
# Load test of 'khaldun serve' on loopback: a store of synthetic events
# (bench/store_bench, one million by default), the server with four worker
# threads and no rate limit, and wrk (Debian's) against the events and
# time-series endpoints for a bounded time each. Prints requests per second
# and p99 latency per endpoint, then checks the server still answers the
# same numbers as 'khaldun query' (correct under load, not just fast).
#
#   bench/run_serve_load.sh [BUILD_DIR] [EVENTS] [SECONDS_PER_ENDPOINT]
#
# The store is kept as BUILD_DIR/bench/serve-EVENTS.db for the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
events=${2:-1000000}
seconds=${3:-20}
khaldun=$build/src/cli/khaldun
store=$build/bench/serve-$events.db
if [ ! -f "$store" ]; then
  echo "writing $events synthetic events into $store"
  "$build/bench/store_bench" "$store.tmp" "$events" | sed "s/^/store_bench: /"
  mv "$store.tmp" "$store"
fi
work=$(mktemp -d /tmp/khaldun-serve-load.XXXXXX)
"$khaldun" serve --store "$store" --port 0 --rate 0 --threads 4 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" || true)
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.log"; exit 1; }

echo "store: $store ($(sqlite3 "$store" 'SELECT COUNT(*) FROM events' 2>/dev/null || echo "$events") events)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-48s %10s %10s %10s %s\n' endpoint requests/s p50 p99 errors
for path in "/api/events?limit=50" \
            "/api/events?dyad=IRN,ISR&limit=50&offset=1000" \
            "/api/events?actor=RUS&root=19&from=2020-01-01&to=2020-12-31" \
            "/api/timeseries?dyad=IRN,ISR&by=month" \
            "/api/timeseries?country=RUS&by=week&from=2023-01-01"; do
  wrk -t2 -c16 -d"${seconds}s" --timeout 10s --latency "$url$path" > "$work/wrk.txt"
  rps=$(awk '/^Requests\/sec/{print $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%"{print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%"{print $2}' "$work/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/{sub(/^ +/, ""); printf "%s; ", $0}' "$work/wrk.txt")
  printf '%-48s %10s %10s %10s %s\n' "$path" "$rps" "$p50" "$p99" "${errors:-none}"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# Correct under load: the IRN>ISR monthly series sums to the events 'khaldun
# query' counts for the same dyad, while wrk keeps the server busy.
wrk -t1 -c8 -d10s "$url/api/events?limit=50" >/dev/null &
busy=$!
served=$(curl -sf "$url/api/timeseries?dyad=IRN,ISR&by=month" |
  python3 -c 'import json,sys; d=json.load(sys.stdin); print(sum(sum(v) for v in d["events"].values()))')
wait $busy
counted=$("$khaldun" query --store "$store" --source IRN --target ISR --group quad --format csv |
  awk -F, 'NR>1 && $1!="" {n+=$2} END{print n}')
echo "IRN>ISR events: served $served, counted by khaldun query $counted"
[ "$served" = "$counted" ] || { echo "MISMATCH under load"; exit 1; }
