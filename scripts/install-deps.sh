#!/usr/bin/env bash
# Installs what Khaldun needs to build and test, from Debian's packages.
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config clang-format
          libicu-dev libsimdjson-dev wordnet-base
          libgtest-dev libgmock-dev libbenchmark-dev time
          libsqlite3-dev libpqxx-dev postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi
