#!/usr/bin/env bash
# Sets everything up (packages, build) and starts the console. With no PBX configured yet,
# the console starts the built-in Demo PBX. Extra arguments go to the console (e.g. --data-dir D).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting the console inside a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/tollgate --auto-demo "$@"
fi
exec build/app/tollgate --auto-demo "$@"
