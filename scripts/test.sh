#!/usr/bin/env bash
# Sets everything up (packages, build with warnings as errors) and runs the whole test suite
# through CTest. Integration tests start the real services they need (keyring, replay servers).
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DIR=${BUILD_DIR:-build}
export TOLLGATE_CMAKE_ARGS="-DTOLLGATE_WERROR=ON ${TOLLGATE_CMAKE_ARGS:-}"
scripts/setup.sh
cmake -S . -B "$BUILD_DIR" -DTOLLGATE_WERROR=ON >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
