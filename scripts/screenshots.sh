#!/usr/bin/env bash
# Regenerates docs/screenshots/ from the Demo PBX under a virtual X server.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target tollgate-screenshots
xvfb-run -a -s "-screen 0 1600x1000x24" build/tools/tollgate-screenshots docs/screenshots "${1:-75}"
ls -l docs/screenshots
