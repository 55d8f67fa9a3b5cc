#!/bin/sh
# The one command for the benchmark (see docs/performance.md):
#   tests/bench/run-bench.sh BUILD_DIR [--repeat N] [--quick] [--wait-load 2]
# Builds what it needs in BUILD_DIR (configured with CMAKE_BUILD_TYPE=Release)
# and runs tests/bench/run-bench.py, which prints the table and writes
# BUILD_DIR/bench/results.json.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-bench.sh BUILD_DIR [options]}
shift
cmake --build "$build" --target bench_core bench_desktop bench_bare_window viciprov-cli viciprov-sim
exec python3 "$here/run-bench.py" "$build" "$@"
