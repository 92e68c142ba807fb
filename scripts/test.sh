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

# The AMI and ESL parser fuzzers, for a bounded time, where clang's libFuzzer is available.
if [ -z "${TOLLGATE_SKIP_FUZZ:-}" ] && command -v clang++ >/dev/null \
   && ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  scripts/fuzz.sh "${TOLLGATE_FUZZ_SECONDS:-15}"
else
  echo "test: fuzzers skipped (no clang with libFuzzer; install clang and libclang-rt-14-dev)"
fi
