#!/usr/bin/env bash
# Runs a command against a throwaway OpenSSH server on 127.0.0.1 (Debian's openssh-server).
#   scripts/with-sshd.sh [--password-users] COMMAND [ARGS...]
# Everything lives in a temporary folder that is deleted afterwards: a fresh host key, a test
# client key (plain and passphrase-protected), an sshd_config, the sshd log. The server and the
# ssh-agent are stopped by their PIDs on exit. The command sees:
#   TOLLGATE_SSH_HOST, TOLLGATE_SSH_PORT, TOLLGATE_SSH_USER   where and as whom to log in
#   TOLLGATE_SSH_KEY                plain private key (authorized)
#   TOLLGATE_SSH_KEY_ENC            passphrase-protected private key (authorized)
#   TOLLGATE_SSH_KEY_PASSPHRASE     its passphrase (random for each run)
#   TOLLGATE_SSH_HOSTKEY_FP         the server's host key fingerprint, "SHA256:..."
#   TOLLGATE_SSH_OTHER_HOSTKEY_PUB  another host key's public half (for changed-key tests)
#   TOLLGATE_SSHD_PID, TOLLGATE_SSHD_LOG, TOLLGATE_SSH_DIR (a scratch folder the server can reach)
#   SSH_AUTH_SOCK                   an ssh-agent holding the plain key
# With --password-users, a second server runs beside it, like a minimal PBX: PAM, no SFTP
# subsystem, and two throwaway accounts that exist only inside its private mount namespace
# (temporary /etc/passwd, /etc/shadow and /etc/pam.d are bind-mounted there; the machine's own
# accounts are never touched). Same host key and authorized keys. It exports:
#   TOLLGATE_SSH_PAM_PORT           its port
#   TOLLGATE_SSH_PASSWORD_USER      may log in with "password" only
#   TOLLGATE_SSH_KBD_USER           may log in with "keyboard-interactive" only (PAM prompts)
#   TOLLGATE_SSH_PASSWORD           their password (random for each run)
#   TOLLGATE_SSH_PAM_SKIP           set instead, with the reason, where this cannot be done
#                                   (it needs root, unshare and openssl)
set -euo pipefail

password_users=0
if [ "${1:-}" = "--password-users" ]; then
    password_users=1
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 [--password-users] COMMAND [ARGS...]" >&2
    exit 2
fi
SSHD=${SSHD:-/usr/sbin/sshd}
for tool in "$SSHD" ssh-keygen ssh-agent ssh-add; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install openssh-server and openssh-client (see scripts/setup.sh)." >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-sshd.XXXXXX")
sshd_pid=""
pam_pid=""
agent_pid=""
cleanup() {
    [ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null && wait "$sshd_pid" 2>/dev/null
    [ -n "$pam_pid" ] && kill "$pam_pid" 2>/dev/null && wait "$pam_pid" 2>/dev/null
    [ -n "$agent_pid" ] && kill "$agent_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
chmod 700 "$tmp"
mkdir -p "$tmp/scratch"

# Privilege separation needs this folder when sshd runs as root.
if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ]; then
    mkdir -p /run/sshd && chmod 755 /run/sshd
fi

ssh-keygen -q -t ed25519 -N "" -C tollgate-test-host -f "$tmp/hostkey"
ssh-keygen -q -t ed25519 -N "" -C tollgate-test-other-host -f "$tmp/otherhostkey"
ssh-keygen -q -t ed25519 -N "" -C tollgate-test-client -f "$tmp/client"
passphrase=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
ssh-keygen -q -t ed25519 -N "$passphrase" -C tollgate-test-client-enc -f "$tmp/client-enc"
cat "$tmp/client.pub" "$tmp/client-enc.pub" >"$tmp/authorized_keys"

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    else
        echo $((20000 + RANDOM % 20000))
    fi
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

started=0
for _attempt in 1 2 3 4 5; do
    port=$(free_port)
    cat >"$tmp/sshd_config" <<EOF
ListenAddress 127.0.0.1
Port $port
HostKey $tmp/hostkey
AuthorizedKeysFile $tmp/authorized_keys
PidFile $tmp/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin yes
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
MaxStartups 64
MaxSessions 64
LogLevel VERBOSE
Subsystem sftp internal-sftp
EOF
    "$SSHD" -D -e -f "$tmp/sshd_config" >"$tmp/sshd.log" 2>&1 &
    sshd_pid=$!
    for _ in $(seq 1 100); do
        if port_open "$port"; then
            started=1
            break
        fi
        kill -0 "$sshd_pid" 2>/dev/null || break
        sleep 0.05
    done
    [ "$started" -eq 1 ] && break
    kill "$sshd_pid" 2>/dev/null || true
    wait "$sshd_pid" 2>/dev/null || true
    sshd_pid=""
done
if [ "$started" -ne 1 ]; then
    echo "$0: sshd did not start; its log:" >&2
    cat "$tmp/sshd.log" >&2
    exit 1
fi

# The second server (--password-users): see the header. Sets pam_skip when it cannot run.
pam_skip=""
start_pam_sshd() {
    if [ "$(id -u)" -ne 0 ]; then
        pam_skip="needs root to make a private mount namespace with test accounts"
        return
    fi
    if ! command -v unshare >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
        pam_skip="needs unshare (util-linux) and openssl"
        return
    fi
    local dir="$tmp/pam" uid=61000 password hash pport
    mkdir -p "$dir/pam.d"
    while getent passwd "$uid" >/dev/null || getent passwd $((uid + 1)) >/dev/null; do
        uid=$((uid + 2))
    done
    password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
    hash=$(printf '%s' "$password" | openssl passwd -6 -stdin)
    cp /etc/passwd "$dir/passwd"
    printf 'tgpass:x:%s:65534:Tollgate password test:/:/bin/sh\n' "$uid" >>"$dir/passwd"
    printf 'tgkbd:x:%s:65534:Tollgate keyboard-interactive test:/:/bin/sh\n' $((uid + 1)) >>"$dir/passwd"
    if [ -r /etc/shadow ]; then cp /etc/shadow "$dir/shadow"; else : >"$dir/shadow"; fi
    printf 'tgpass:%s:19000:0:99999:7:::\ntgkbd:%s:19000:0:99999:7:::\n' "$hash" "$hash" >>"$dir/shadow"
    chmod 600 "$dir/shadow"
    printf '%s\n' "auth     required pam_unix.so" "account  required pam_unix.so" \
        "password required pam_deny.so" "session  required pam_permit.so" >"$dir/pam.d/sshd"
    pport=$(free_port)
    printf '%s\n' "ListenAddress 127.0.0.1" "Port $pport" "HostKey $tmp/hostkey" \
        "AuthorizedKeysFile $tmp/authorized_keys" "PidFile $dir/sshd.pid" "UsePAM yes" "StrictModes no" \
        "PermitRootLogin yes" "PubkeyAuthentication yes" "PasswordAuthentication yes" \
        "KbdInteractiveAuthentication yes" "MaxStartups 64" "MaxSessions 64" "LogLevel VERBOSE" \
        "Match User tgpass" "    AuthenticationMethods password" \
        "Match User tgkbd" "    AuthenticationMethods keyboard-interactive" >"$dir/sshd_config"
    # unshare and sh exec into sshd, so the PID is the server's.
    # shellcheck disable=SC2016
    unshare -m --propagation private -- sh -c 'mount --bind "$1/passwd" /etc/passwd &&
        mount --bind "$1/shadow" /etc/shadow && mount --bind "$1/pam.d" /etc/pam.d &&
        exec "$2" -D -e -f "$1/sshd_config"' pam-sshd "$dir" "$SSHD" >"$dir/sshd.log" 2>&1 &
    pam_pid=$!
    for _ in $(seq 1 100); do
        if port_open "$pport"; then
            export TOLLGATE_SSH_PAM_PORT=$pport
            export TOLLGATE_SSH_PASSWORD_USER=tgpass
            export TOLLGATE_SSH_KBD_USER=tgkbd
            export TOLLGATE_SSH_PASSWORD=$password
            export TOLLGATE_SSHD_PAM_LOG="$dir/sshd.log"
            return
        fi
        kill -0 "$pam_pid" 2>/dev/null || break
        sleep 0.05
    done
    pam_skip="the PAM sshd did not start: $(head -c 500 "$dir/sshd.log" | tr '\n' ' ')"
}
if [ "$password_users" -eq 1 ]; then
    start_pam_sshd
    [ -n "$pam_skip" ] && export TOLLGATE_SSH_PAM_SKIP="$pam_skip"
fi

agent_env=$(ssh-agent -s -a "$tmp/agent.sock")
agent_pid=$(printf '%s\n' "$agent_env" | sed -n 's/^SSH_AGENT_PID=\([0-9]*\);.*/\1/p')
export SSH_AUTH_SOCK="$tmp/agent.sock"
ssh-add -q "$tmp/client" 2>/dev/null

export TOLLGATE_SSH_HOST=127.0.0.1
export TOLLGATE_SSH_PORT=$port
export TOLLGATE_SSH_USER=$(id -un)
export TOLLGATE_SSH_KEY="$tmp/client"
export TOLLGATE_SSH_KEY_ENC="$tmp/client-enc"
export TOLLGATE_SSH_KEY_PASSPHRASE="$passphrase"
export TOLLGATE_SSH_HOSTKEY_FP=$(ssh-keygen -l -E sha256 -f "$tmp/hostkey.pub" | awk '{print $2}')
export TOLLGATE_SSH_OTHER_HOSTKEY_PUB="$tmp/otherhostkey.pub"
export TOLLGATE_SSHD_PID=$sshd_pid
export TOLLGATE_SSHD_LOG="$tmp/sshd.log"
export TOLLGATE_SSH_DIR="$tmp/scratch"

set +e
"$@"
status=$?
set -e
if [ "$status" -ne 0 ] && [ -n "${TOLLGATE_SSHD_SHOW_LOG:-}" ]; then
    cat "$tmp/sshd.log" >&2
fi
exit "$status"
