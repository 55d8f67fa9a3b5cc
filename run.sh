#!/usr/bin/env bash
# Sets up, builds and runs Vici Provisioner on Debian 12.
#   ./run.sh demo   install what is missing, build, start the app in demo mode
#   ./run.sh test   install what is missing, build, run every test with ctest
#   ./run.sh build  install what is missing and build only
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
PACKAGES=(build-essential cmake ninja-build file dpkg-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libqt6svg6 qt6-svg-dev
    qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n libssl-dev
    xvfb xauth curl openssl
    libqt6sql6-mysql libqt6sql6-psql mariadb-server mariadb-client postgresql)
# The database servers are for the team-mode tests, which start private
# instances on loopback ports: their system services are not started.

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
    local policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        policy=/usr/sbin/policy-rc.d
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
    fi
    $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}"
    [ -n "$policy" ] && $sudo rm -f "$policy"
    return 0
}

build() {
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
demo)
    install_missing
    build
    if [ -x "$BUILD_DIR/app/viciprov/viciprov" ]; then
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            exec "$BUILD_DIR/app/viciprov/viciprov" --demo
        fi
        echo "No display found: running the command-line demo instead (the desktop app needs a display)."
    fi
    exec bash scripts/cli-demo.sh "$BUILD_DIR"
    ;;
test)
    install_missing
    build
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel 2 --timeout 600
    ;;
build)
    install_missing
    build
    ;;
*)
    echo "usage: $0 demo|test|build" >&2
    exit 2
    ;;
esac
