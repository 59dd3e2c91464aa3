#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, creates the demo database
# (once) and starts the desk on it. Extra arguments go to servicedesk (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
db=${SD_DEMO_DB:-$PWD/demo/servicedesk-demo.sqlite}
if [ ! -f "$db" ]; then
  mkdir -p "$(dirname "$db")"
  build/app/servicedeskctl/servicedeskctl --database "$db" demo --customers "${SD_DEMO_CUSTOMERS:-5000}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display; starting under xvfb-run (use a desktop session to see the window)"
  exec xvfb-run -a build/app/servicedesk/servicedesk --database "$db" "$@"
fi
exec build/app/servicedesk/servicedesk --database "$db" "$@"
