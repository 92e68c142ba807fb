#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Tollgate needs (skipping those already present),
# then configures and builds it. Idempotent and non-interactive.
#   scripts/setup.sh            install packages and build into ./build
#   scripts/setup.sh --deps     install packages only
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev libqt6svg6 libgl-dev libxkbcommon-dev
  libssh-dev qtkeychain-qt6-dev libdtl-dev libsqlite3-dev libmaxminddb-dev
)
# Services and tools the GUI run and the tests start for real.
RUNTIME_PACKAGES=(
  xvfb xauth imagemagick dbus dbus-x11 gnome-keyring libsecret-tools sqlite3
  openssh-server openssh-client nftables iptables ipset fail2ban iproute2 procps sudo python3 openssl libpam-modules util-linux
  appstream desktop-file-utils groff-base dpkg-dev
  rsyslog rsyslog-relp rsyslog-gnutls
  libmaxmind-db-writer-perl
  poppler-utils
)

# clang's libFuzzer for the parser fuzzers, where the distribution has it under this name.
for p in clang libclang-rt-14-dev; do
  apt-cache show "$p" >/dev/null 2>&1 && RUNTIME_PACKAGES+=("$p")
done

missing=()
for p in "${BUILD_PACKAGES[@]}" "${RUNTIME_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
[ "${1:-}" = "--deps" ] && exit 0

BUILD_DIR=${BUILD_DIR:-build}
LAUNCHER=()
command -v ccache >/dev/null && LAUNCHER=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${LAUNCHER[@]}" ${TOLLGATE_CMAKE_ARGS:-}
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
