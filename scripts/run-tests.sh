#!/usr/bin/env bash
# Quick start, command 2 (and CI's .ci/run): installs what is missing, builds, runs every test.
# PostgreSQL tests start their own throwaway server (scripts/pg-test-server.sh) on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j"$(nproc)" --timeout 600
