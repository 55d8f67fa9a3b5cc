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

# clang and libFuzzer's runtime (libclang-rt-14-dev on Debian 12), installed
# like run.sh installs the rest when missing.
missing=()
for p in clang libclang-rt-14-dev; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends "${missing[@]}"
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S tests/fuzz -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
    -DFUZZ_SECONDS="$SECONDS_EACH" "${launcher[@]}" >/dev/null
# The fuzz target runs every fuzzer for its budget, then fails if any left a
# crash file; its summary lines say what each run did.
set +e
cmake --build "$BUILD_DIR" --target fuzz >"$BUILD_DIR/fuzz.log" 2>&1
status=$?
set -e
grep -E "fuzz_[a-z_]+: exit|fuzz: no crash|fuzzing found|-crash-|FAILED" "$BUILD_DIR/fuzz.log" || true
exit "$status"
