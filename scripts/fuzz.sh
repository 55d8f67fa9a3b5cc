#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang++ (ASan + UBSan) in
# build-fuzz and runs each for a fixed budget.
#   scripts/fuzz.sh            60 s per target (the documented default)
#   scripts/fuzz.sh 20         CI budget
#   scripts/fuzz.sh 3600       a long run
# Crashes are written to build-fuzz/work/<target>-crash-*; the script fails
# when one is found. Turn each into a regression file under
# tests/fuzz/regressions/<target>/ (TestFuzzCorpus replays them).
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${1:-${FUZZ_SECONDS:-60}}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (apt-get install clang)" >&2; exit 2; }
# libFuzzer's runtime comes with libclang-rt-14-dev on Debian 12 (a dependency
# of clang there); check before a long build fails at link time.
if ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: libFuzzer runtime missing (apt-get install libclang-rt-14-dev)" >&2
    exit 2
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S tests/fuzz -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DFUZZ_SECONDS="$SECONDS_EACH" "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --target fuzz 2>&1 | tee "$BUILD_DIR/fuzz.log" |
    grep -E "^(Running|#[0-9]+ *DONE|Done [0-9]+ runs|stat::number_of_executed_units|==[0-9]+==|SUMMARY|fuzz invariant)" || true
status=${PIPESTATUS[0]}
if ls "$BUILD_DIR"/work/*-crash-* "$BUILD_DIR"/work/*-leak-* "$BUILD_DIR"/work/*-timeout-* >/dev/null 2>&1; then
    echo "fuzz.sh: crash files found:" >&2
    ls "$BUILD_DIR"/work/*-crash-* "$BUILD_DIR"/work/*-leak-* "$BUILD_DIR"/work/*-timeout-* 2>/dev/null >&2
    exit 1
fi
exit "$status"
