#!/usr/bin/env bash
# The command-line demo: starts the simulator on a free loopback port and runs
# viciprov-cli against it with throw-away settings and history.
set -euo pipefail
BUILD_DIR=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIM="$BUILD_DIR/app/viciprov-sim/viciprov-sim"
CLI="$BUILD_DIR/app/viciprov-cli/viciprov-cli"

work=$(mktemp -d)
cleanup() { [ -n "${sim_pid:-}" ] && kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
# Separate settings and history: nothing real is touched.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

"$SIM" --port 0 --latency-ms 20 >"$work/sim.out" 2>"$work/sim.log" &
sim_pid=$!
for _ in $(seq 100); do grep -q "listening on" "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/sim.out")
[ -n "$url" ] || { echo "the simulator did not start:"; cat "$work/sim.log"; exit 1; }
echo "== Simulator (a stand-in for a VICIdial 2.14 server) at $url"

export VICI_DEMO_PASS=Secret123   # the simulator's demo API password
cli() { "$CLI" --url "$url" --user apiadmin --password-env VICI_DEMO_PASS --source demo "$@"; }

echo; echo "== viciprov-cli test-credentials"
cli test-credentials || true
echo; echo "== viciprov-cli import resources/demo/phones.csv (two rows are wrong on purpose)"
cli import "$ROOT/resources/demo/phones.csv" --report "$work/report.csv" || true
echo; echo "== The report (no passwords in it)"
cat "$work/report.csv"
echo; echo "== Importing the same file again: already added rows are skipped"
cli import "$ROOT/resources/demo/phones.csv" || true
echo; echo "== viciprov-cli add: one phone, passwords from the environment (never the command line)"
export DEMO_PHONE_PASS=Pw8100x DEMO_REG_PASS=Rg8100x
cli add --extension 8100 --server-ip 10.10.10.15 --phone-pass-env DEMO_PHONE_PASS \
    --registration-password-env DEMO_REG_PASS --phone-full-name "Front Desk" --outbound-cid 3125550100 || true
echo; echo "== A wrong API password: one request, then everything stops (exit status 3)"
status=0
VICI_DEMO_PASS=WrongPass1 cli add --extension 8101 --server-ip 10.10.10.15 --phone-pass-env DEMO_PHONE_PASS \
    --registration-password-env DEMO_REG_PASS --phone-full-name "Back Office" --outbound-cid 3125550101 || status=$?
echo "exit status: $status"
echo; echo "== Extensions the simulator now holds (GET /sim/phones)"
curl -s "$url/sim/phones" | grep -o '"extension":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' '; echo
echo; echo "== Change one phone, switch one off (update_phone: only the fields given are sent)"
cli update --extension 8100 --server-ip 10.10.10.15 --phone-full-name "Reception" || true
cli deactivate --extension 8002 --server-ip 10.10.10.15 || true
echo; echo "== viciprov-cli history --batches"
cli history --batches || true
echo; echo "== Take the import back: undo --last deletes the phones that batch added, nothing else"
cli undo --last --yes || true
echo; echo "== Extensions the simulator now holds"
curl -s "$url/sim/phones" | grep -o '"extension":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' '; echo
echo; echo "== Offboarding: a list of leavers deleted (import --mode delete reads extension and server_ip only)"
printf 'extension,server_ip,notes\r\n8100,10.10.10.15,left in May\r\n8999,10.10.10.15,never here\r\n' \
    > "$work/leavers.csv"
cli import "$work/leavers.csv" --mode delete --yes || true
echo "Extensions left: $(curl -s "$url/sim/phones" | grep -o '"extension":"[^"]*"' | cut -d'"' -f4 | tr '\n' ' ' || true)"
echo; echo "== viciprov-cli history"
cli history --limit 12 || true
