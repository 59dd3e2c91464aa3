#!/usr/bin/env bash
# Quick start, command 2 (and CI's .ci/run): installs what is missing, builds, runs every test.
# PostgreSQL tests start their own throwaway server (scripts/pg-test-server.sh) on loopback.
#
# The suite runs twice: once as the machine is, and once more with the system date a year
# ahead (libfaketime) in TZ=UTC. Tests pin core's clock; the second run catches any code or
# test that reads the wall clock or the machine's time zone instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

echo "== run-tests: the suite as the machine is ($(date '+%F %Z'))"
ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600

echo "== run-tests: again with the date a year ahead and TZ=UTC"
export TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1
faketime -f '+365d' date '+run-tests: the faked date is %F %T %Z'
faketime -f '+365d' ctest --test-dir build --output-on-failure -j"$jobs" --timeout 600
