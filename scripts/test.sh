#!/usr/bin/env bash
# The whole test suite: formatting, a release build with every GoogleTest and
# end-to-end test, then the same tests under AddressSanitizer and UBSan.
# Tests that read ../shared skip with a message where it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-geonames.sh

echo "== clang-format"
git ls-files '*.cc' '*.h' | xargs clang-format --dry-run --Werror

echo "== release build and tests"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
# The store tests also run against a throwaway PostgreSQL server on loopback.
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j2

echo "== dictionary lint"
build/src/cli/khaldun dict check

echo "== AddressSanitizer + UBSan build and tests"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKHALDUN_SANITIZE=ON \
  -DKHALDUN_BUILD_BENCH=OFF >/dev/null
cmake --build build-asan
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  scripts/with-postgres.sh ctest --test-dir build-asan --output-on-failure -j2
