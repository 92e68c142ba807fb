#!/usr/bin/env bash
# Runs a command against a throwaway, unlocked GNOME Keyring on a private D-Bus session bus.
#   scripts/with-keyring.sh COMMAND [ARGS...]
# HOME and the XDG folders point into a temporary folder that is deleted afterwards, so the
# user's own keyring is never touched. Needs dbus-run-session and gnome-keyring-daemon.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install dbus and gnome-keyring (see scripts/setup.sh)." >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"

export HOME="$tmp/home"
export XDG_CONFIG_HOME="$tmp/config"
export XDG_DATA_HOME="$tmp/data"
export XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# Tests read this to look for secrets leaked to disk.
export TOLLGATE_KEYRING_SANDBOX="$tmp"
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

# The inner script receives the command as "$@"; the keyring password is random and non-empty.
dbus-run-session -- bash -c '
    set -u
    password=$(head -c 18 /dev/urandom | base64)
    printf "%s" "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$TOLLGATE_KEYRING_SANDBOX/daemon.env" 2>"$TOLLGATE_KEYRING_SANDBOX/daemon.log" &
    daemon=$!
    # Wait (up to 10 s) until the Secret Service name is owned on this bus.
    for _ in $(seq 1 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
               | grep -q "boolean true"; then
            break
        fi
        sleep 0.1
    done
    "$@"
    status=$?
    kill "$daemon" 2>/dev/null
    wait "$daemon" 2>/dev/null
    exit $status
' with-keyring "$@"
