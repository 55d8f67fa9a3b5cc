#!/usr/bin/env bash
# Builds the .deb, installs it on this machine, smoke-tests the installed
# programs (CLI import against the installed simulator, the desktop app in
# demo mode offscreen for a few seconds), then removes it.
set -euo pipefail
BUILD_DIR=${1:-build}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export DEBIAN_FRONTEND=noninteractive

(cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
deb=$(ls -t "$BUILD_DIR"/vici-provisioner_*.deb | head -n1)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n 's/^ *\(Depends\|Version\|Installed-Size\):/  &/p'
apt-get -o DPkg::Lock::Timeout=300 install -y -qq "$PWD/$deb" >/dev/null
trap 'apt-get -o DPkg::Lock::Timeout=300 remove -y -qq vici-provisioner >/dev/null 2>&1 || true' EXIT

for f in /usr/bin/viciprov /usr/bin/viciprov-cli /usr/bin/viciprov-sim \
    /usr/share/applications/io.github.viciprovisioner.ViciProvisioner.desktop \
    /usr/share/icons/hicolor/scalable/apps/viciprov.svg \
    /usr/share/metainfo/io.github.viciprovisioner.ViciProvisioner.metainfo.xml; do
    [ -e "$f" ] || { echo "missing after install: $f"; exit 1; }
done
viciprov-cli --version
viciprov-sim --version

work=$(mktemp -d)
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
viciprov-sim --port 0 >"$work/sim.out" 2>"$work/sim.log" &
sim=$!
for _ in $(seq 100); do grep -q "listening on" "$work/sim.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$work/sim.out")
export PKG_TEST_PASS=Secret123
viciprov-cli --url "$url" --user apiadmin --password-env PKG_TEST_PASS \
    import "$(dpkg -L vici-provisioner | grep example-phones.csv)" || [ $? -eq 1 ]
count=$(curl -s "$url/sim/phones" | grep -o '"extension"' | wc -l)
kill "$sim"
echo "simulator holds $count phones after the installed CLI's import"
[ "$count" -ge 1 ]

status=0
QT_QPA_PLATFORM=offscreen timeout -s TERM 5 viciprov --demo >"$work/app.log" 2>&1 || status=$?
if [ "$status" -ne 124 ] && [ "$status" -ne 0 ]; then
    echo "viciprov --demo failed with status $status:"; cat "$work/app.log"; exit 1
fi
echo "viciprov --demo ran offscreen for 5 s"
rm -rf "$work"
echo "package test passed"
