#!/usr/bin/env bash
# Packaging test: builds the .deb with CPack, validates its desktop entry and AppStream
# metadata, checks that apt can resolve its dependencies, unpacks it into a fresh root and
# starts tollgate-cli and the GUI (offscreen) from the installed paths.
# Usage: test-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
gui_pid=""
cleanup() {
  [ -n "$gui_pid" ] && kill "$gui_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >/dev/null || fail "cpack could not build the package"
deb=$(ls "$work"/out/tollgate_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] || fail "no tollgate_*.deb was produced"
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb --contents "$deb")
for f in ./usr/bin/tollgate ./usr/bin/tollgate-cli ./usr/share/applications/tollgate.desktop \
         ./usr/share/metainfo/org.tollgate.Tollgate.metainfo.xml \
         ./usr/share/icons/hicolor/48x48/apps/tollgate.png ./usr/share/icons/hicolor/256x256/apps/tollgate.png \
         ./usr/share/icons/hicolor/scalable/apps/tollgate.svg ./usr/share/man/man1/tollgate-cli.1; do
  grep -q " $f\$" <<<"$contents" || fail "$f is missing from the package"
done
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for d in libqt6widgets6 libqt6sql6-sqlite libssh; do
  grep -q "$d" <<<"$depends" || fail "the package does not depend on $d"
done

mkdir -p "$work/root"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/tollgate.desktop" || fail "desktop entry is invalid"
appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/org.tollgate.Tollgate.metainfo.xml" \
  || fail "AppStream metadata is invalid"
man -l "$work/root/usr/share/man/man1/tollgate-cli.1" >/dev/null 2>&1 || MANWIDTH=80 groff -man -Tutf8 \
  "$work/root/usr/share/man/man1/tollgate-cli.1" >/dev/null || fail "man page does not render"

# apt must be able to satisfy the dependencies (simulated: nothing is installed here).
apt-get install --simulate -qq "$deb" >/dev/null 2>&1 || fail "apt cannot resolve the package's dependencies"

version=$("$work/root/usr/bin/tollgate-cli" --version)
echo "$version"
[[ "$version" == tollgate-cli* ]] || fail "tollgate-cli --version printed: $version"

# The GUI from the installed path, offscreen, with the Demo PBX: it must still be running after a few seconds.
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$work/xdg" XDG_CONFIG_HOME="$work/xdg-config"
"$work/root/usr/bin/tollgate" --demo --data-dir "$work/data" >"$work/gui.log" 2>&1 &
gui_pid=$!
sleep 4
kill -0 "$gui_pid" 2>/dev/null || { cat "$work/gui.log"; fail "the installed GUI exited early"; }
kill "$gui_pid"; wait "$gui_pid" 2>/dev/null || true; gui_pid=""
"$work/root/usr/bin/tollgate-cli" db check --data-dir "$work/data" | grep -q "Result: OK" \
  || fail "the store written by the installed GUI does not check out"
echo "PASS: package builds, validates, resolves, installs and runs"
