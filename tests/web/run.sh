#!/usr/bin/env bash
# The dashboard's end-to-end browser test: builds a store from the test
# articles, starts 'khaldun serve' on a free loopback port, drives Debian's
# headless Chromium through playwright-core (dashboard.test.cjs), writes
# screenshots to OUT_DIR, and stops the server whatever happens.
#
# Usage: tests/web/run.sh KHALDUN_BINARY OUT_DIR
set -euo pipefail
khaldun="$1"
out="$2"
here="$(cd "$(dirname "$0")" && pwd)"
web="$here/../../web"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$chromium" ] || [ ! -d "$web/node_modules/playwright-core" ]; then
  echo "SKIP: needs $chromium and web/node_modules (scripts/install-deps.sh installs both)"
  exit 77
fi

mkdir -p "$out"
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$khaldun" ingest "$here/articles.jsonl" --store "$work/store.db" >/dev/null
# Port 0: the server picks a free port and prints it.
"$khaldun" serve --store "$work/store.db" --port 0 --rate 0 --web "$web" 2>"$work/serve.log" &
server=$!
url=""
for _ in $(seq 1 1200); do  # up to 2 minutes: a sanitizer build loads slowly
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.log" || true)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "the server did not start"; cat "$work/serve.log"; exit 1; }

KHALDUN_URL="$url" SCREENSHOTS="$out" CHROMIUM="$chromium" \
  NODE_PATH="$web/node_modules" node "$here/dashboard.test.cjs"
# The server answered every request and is still up.
node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "${url}healthz"
