#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a bounded time on the real captures.
# Usage: scripts/fuzz.sh [seconds per target, default 20]
# Needs clang and its libFuzzer runtime (Debian 12: clang, libclang-rt-14-dev).
set -eu
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-20}"
BUILD="${TOLLGATE_FUZZ_BUILD:-build-fuzz}"

CXX=clang++ CC=clang cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DTOLLGATE_BUILD_FUZZERS=ON -DTOLLGATE_BUILD_TESTS=ON >/dev/null
cmake --build "$BUILD" --target FuzzAmiParser FuzzEslParser

# Each fuzzer starts from the real captures (copied, so the fuzzer's new inputs do not land in
# tests/data) and from the inputs that once crashed it (tests/fuzz/regressions), so those are
# replayed every run. A crash leaves its input in $BUILD/fuzz-artifacts/; replay it with the
# fuzzer binary.
run_fuzzer() {
  name=$1; shift
  corpus="$BUILD/fuzz-corpus/$name"
  mkdir -p "$corpus" "$BUILD/fuzz-artifacts/"
  cp "$@" "$corpus"/
  "$BUILD/tests/fuzz/$name" "$corpus" -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=512 \
      -max_len=32768 -timeout=10 -artifact_prefix="$BUILD/fuzz-artifacts/" -print_final_stats=1
}
run_fuzzer FuzzAmiParser tests/data/ami/*.ami tests/data/ami-multi/*.ami tests/fuzz/regressions/ami-*
run_fuzzer FuzzEslParser tests/data/esl/*.esl
