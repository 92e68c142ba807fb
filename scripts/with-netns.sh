#!/usr/bin/env bash
# Runs a command against a pretend PBX in its own network namespace, with an attacker and an
# admin beside it. Made for the blocking tests: real nftables rules, real packets.
#   scripts/with-netns.sh COMMAND [ARGS...]
#
# Namespaces (deleted on exit, whatever happens):
#   tg-pbx-PID   sshd (throwaway host and client keys, as scripts/with-sshd.sh) and a TCP listener
#                on a "SIP/TCP" port and on a port that is not the PBX's
#   tg-atk-PID   the attacker: 10.99.1.2 and fd99:1::2, next to the PBX's 10.99.1.1 / fd99:1::1
#   tg-adm-PID   an admin's desk: 10.99.2.2, next to the PBX's 10.99.2.1
# The command runs in the current namespace and reaches sshd over a third link
# (10.99.H.2 here -> 10.99.H.1 in the PBX namespace), so that is the address the PBX sees
# Tollgate's SSH connection from. It sees:
#   TOLLGATE_NETNS_PBX, TOLLGATE_NETNS_ATK, TOLLGATE_NETNS_ADM        namespace names
#   TOLLGATE_NETNS_PBX_ATK_IP, TOLLGATE_NETNS_PBX_ATK_IP6              the PBX as the attacker sees it
#   TOLLGATE_NETNS_ATK_IP, TOLLGATE_NETNS_ATK_IP6                       the attacker's addresses
#   TOLLGATE_NETNS_PBX_ADM_IP, TOLLGATE_NETNS_ADM_IP                    the same for the admin
#   TOLLGATE_NETNS_HOST_IP                                              our address as the PBX sees it
#   TOLLGATE_NETNS_SIP_PORT, TOLLGATE_NETNS_OTHER_PORT                  listening TCP ports in tg-pbx
#   TOLLGATE_NETNS_DIR                                                  scratch folder (also seen by sshd)
#   TOLLGATE_SSH_HOST, _PORT, _USER, _KEY, _HOSTKEY_FP                  where and how to log in
#   TOLLGATE_NETNS_F2B_SOCKET, TOLLGATE_NETNS_F2B_JAIL                   a fail2ban server in tg-pbx (its own
#                socket, pid file and database; an "asterisk" jail banning through nftables on the
#                SIP ports), or TOLLGATE_NETNS_F2B_SKIP with the reason there is none
# Where namespaces cannot be made (no root, no CAP_NET_ADMIN, no ip/nft/sshd), the command still
# runs, with TOLLGATE_NETNS_SKIP set to the reason, so the test can skip saying why.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

id=$$
pbx=tg-pbx-$id
atk=tg-atk-$id
adm=tg-adm-$id
# Interface names stay within 15 characters: "tg" + PID (at most 7 digits) + 2.
v_pa=tg${id}pa; v_ap=tg${id}ap
v_pd=tg${id}pd; v_dp=tg${id}dp
v_ph=tg${id}ph; v_hp=tg${id}hp
# The link to this namespace is the only one that shares an address space with the machine:
# its subnet varies with the PID and must be unused here.
hnet=$((100 + id % 150))

SSHD=${SSHD:-/usr/sbin/sshd}
reason=""
for tool in ip nft "$SSHD" ssh-keygen; do
    command -v "$tool" >/dev/null 2>&1 || reason="$tool is missing (install iproute2, nftables and openssh-server)"
done
if [ -z "$reason" ] && [ "$(id -u)" -ne 0 ]; then
    reason="network namespaces need root or CAP_NET_ADMIN; run the integration tests as root"
fi
if [ -z "$reason" ] && ip -4 addr show | grep -q "inet 10\.99\.$hnet\."; then
    reason="10.99.$hnet.0/24 is already in use on this machine"
fi
listener=""
if command -v python3 >/dev/null 2>&1; then
    listener=python3
elif command -v ncat >/dev/null 2>&1; then
    listener=ncat
elif [ -z "$reason" ]; then
    reason="no TCP listener available (install python3 or ncat)"
fi
if [ -n "$reason" ]; then
    TOLLGATE_NETNS_SKIP="$reason" exec "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-netns.XXXXXX")
# Background services are started with `ip netns exec` directly (not through the nsx shell
# function), so $! is the service itself and the cleanup really ends it.
pids=()
made_ns=()
cleanup() {
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    for ns in "${made_ns[@]}"; do
        ip netns del "$ns" 2>/dev/null || true   # takes its veth ends (and their peers) along
    done
    ip link del "$v_hp" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
chmod 700 "$tmp"
mkdir -p "$tmp/scratch"

if ! ip netns add "$pbx" 2>"$tmp/err"; then
    TOLLGATE_NETNS_SKIP="could not create a network namespace ($(head -c 200 "$tmp/err")); run as root with CAP_NET_ADMIN" "$@"
    exit $?
fi
made_ns+=("$pbx")
ip netns add "$atk"; made_ns+=("$atk")
ip netns add "$adm"; made_ns+=("$adm")

nsx() { local ns=$1; shift; ip netns exec "$ns" "$@"; }

ip link add "$v_pa" type veth peer name "$v_ap"
ip link set "$v_pa" netns "$pbx"; ip link set "$v_ap" netns "$atk"
ip link add "$v_pd" type veth peer name "$v_dp"
ip link set "$v_pd" netns "$pbx"; ip link set "$v_dp" netns "$adm"
ip link add "$v_ph" type veth peer name "$v_hp"
ip link set "$v_ph" netns "$pbx"

for ns in "$pbx" "$atk" "$adm"; do nsx "$ns" ip link set lo up; done
nsx "$pbx" ip addr add 10.99.1.1/24 dev "$v_pa"
nsx "$pbx" ip addr add fd99:1::1/64 dev "$v_pa" nodad
nsx "$atk" ip addr add 10.99.1.2/24 dev "$v_ap"
nsx "$atk" ip addr add fd99:1::2/64 dev "$v_ap" nodad
nsx "$pbx" ip addr add 10.99.2.1/24 dev "$v_pd"
nsx "$adm" ip addr add 10.99.2.2/24 dev "$v_dp"
nsx "$pbx" ip addr add "10.99.$hnet.1/24" dev "$v_ph"
ip addr add "10.99.$hnet.2/24" dev "$v_hp"
for l in "$v_pa" "$v_pd" "$v_ph"; do nsx "$pbx" ip link set "$l" up; done
nsx "$atk" ip link set "$v_ap" up
nsx "$adm" ip link set "$v_dp" up
ip link set "$v_hp" up

# The listener: accepts, says one line, closes. Bounded by the test's few connections.
sip_port=5060
other_port=7000
if [ "$listener" = python3 ]; then
    cat >"$tmp/listen.py" <<'PY'
import socket, sys, threading
def serve(port):
    s = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    s.bind(("::", port))
    s.listen(16)
    while True:
        c, _ = s.accept()
        try:
            c.sendall(b"SIP/2.0 200 OK\r\n\r\n")
        finally:
            c.close()
ports = [int(p) for p in sys.argv[1:]]
for p in ports[1:]:
    threading.Thread(target=serve, args=(p,), daemon=True).start()
serve(ports[0])
PY
    ip netns exec "$pbx" python3 "$tmp/listen.py" "$sip_port" "$other_port" >"$tmp/listener.log" 2>&1 &
    pids+=($!)
else
    ip netns exec "$pbx" ncat -lk 0.0.0.0 "$sip_port" -c 'echo SIP/2.0 200 OK' >/dev/null 2>&1 &
    pids+=($!)
    ip netns exec "$pbx" ncat -lk 0.0.0.0 "$other_port" -c 'echo ok' >/dev/null 2>&1 &
    pids+=($!)
fi

# sshd in the PBX namespace, as scripts/with-sshd.sh sets it up.
if [ "$(id -u)" -eq 0 ] && [ ! -d /run/sshd ]; then
    mkdir -p /run/sshd && chmod 755 /run/sshd
fi
ssh-keygen -q -t ed25519 -N "" -C tollgate-netns-host -f "$tmp/hostkey"
ssh-keygen -q -t ed25519 -N "" -C tollgate-netns-client -f "$tmp/client"
cp "$tmp/client.pub" "$tmp/authorized_keys"
ssh_port=22
cat >"$tmp/sshd_config" <<CFG
ListenAddress 10.99.$hnet.1
Port $ssh_port
HostKey $tmp/hostkey
AuthorizedKeysFile $tmp/authorized_keys
PidFile $tmp/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin yes
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
MaxStartups 32
MaxSessions 32
LogLevel VERBOSE
CFG
ip netns exec "$pbx" "$SSHD" -D -e -f "$tmp/sshd_config" >"$tmp/sshd.log" 2>&1 &
pids+=($!)

# fail2ban in the PBX namespace, with everything of its own under $tmp: its bans become nftables
# rules there, so a ban really stops the attacker's packets.
f2b_skip=""
if ! command -v fail2ban-server >/dev/null 2>&1 || ! command -v fail2ban-client >/dev/null 2>&1; then
    f2b_skip="fail2ban is not installed (apt install fail2ban)"
elif [ ! -d /etc/fail2ban/filter.d ] || [ ! -d /etc/fail2ban/action.d ]; then
    f2b_skip="fail2ban's filter.d and action.d are missing under /etc/fail2ban"
else
    mkdir -p "$tmp/f2b"
    ln -s /etc/fail2ban/filter.d "$tmp/f2b/filter.d"
    ln -s /etc/fail2ban/action.d "$tmp/f2b/action.d"
    for f in /etc/fail2ban/paths-*.conf; do ln -s "$f" "$tmp/f2b/"; done
    : >"$tmp/f2b/asterisk.log"
    cat >"$tmp/f2b/fail2ban.conf" <<CFG
[Definition]
loglevel = INFO
logtarget = $tmp/f2b/fail2ban.log
syslogsocket = auto
socket = $tmp/f2b/fail2ban.sock
pidfile = $tmp/f2b/fail2ban.pid
allowipv6 = auto
dbfile = $tmp/f2b/fail2ban.sqlite3
dbpurgeage = 1d
CFG
    cat >"$tmp/f2b/jail.conf" <<CFG
[INCLUDES]
before = paths-debian.conf
[DEFAULT]
backend = polling
bantime = 3600
findtime = 600
maxretry = 10
[asterisk]
enabled = true
filter = asterisk
logpath = $tmp/f2b/asterisk.log
port = 5060,5061
action = nftables-multiport[name=asterisk-tcp, port="5060,5061", protocol=tcp]
         nftables-multiport[name=asterisk-udp, port="5060,5061", protocol=udp]
CFG
    ip netns exec "$pbx" fail2ban-server -f -x -c "$tmp/f2b" -s "$tmp/f2b/fail2ban.sock" -p "$tmp/f2b/fail2ban.pid" \
        >"$tmp/f2b/server.out" 2>&1 &
    pids+=($!)
fi

port_open() { nsx "$pbx" bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
ready=0
for _ in $(seq 1 100); do
    if port_open "10.99.$hnet.1" "$ssh_port" && port_open 10.99.1.1 "$sip_port" && port_open 10.99.1.1 "$other_port"; then
        ready=1
        break
    fi
    sleep 0.05
done
if [ "$ready" -ne 1 ]; then
    echo "$0: sshd or the listener did not start; logs:" >&2
    cat "$tmp/sshd.log" "$tmp/listener.log" >&2 2>/dev/null || true
    exit 1
fi

if [ -z "$f2b_skip" ]; then
    f2b_ready=0
    for _ in $(seq 1 100); do
        if fail2ban-client -s "$tmp/f2b/fail2ban.sock" status asterisk >/dev/null 2>&1; then
            f2b_ready=1
            break
        fi
        sleep 0.1
    done
    if [ "$f2b_ready" -ne 1 ]; then
        echo "$0: fail2ban-server did not start its asterisk jail; log:" >&2
        cat "$tmp/f2b/server.out" "$tmp/f2b/fail2ban.log" >&2 2>/dev/null || true
        exit 1
    fi
    export TOLLGATE_NETNS_F2B_SOCKET="$tmp/f2b/fail2ban.sock" TOLLGATE_NETNS_F2B_JAIL=asterisk
else
    export TOLLGATE_NETNS_F2B_SKIP="$f2b_skip"
fi

export TOLLGATE_NETNS_PBX=$pbx TOLLGATE_NETNS_ATK=$atk TOLLGATE_NETNS_ADM=$adm
export TOLLGATE_NETNS_PBX_ATK_IP=10.99.1.1 TOLLGATE_NETNS_PBX_ATK_IP6=fd99:1::1
export TOLLGATE_NETNS_ATK_IP=10.99.1.2 TOLLGATE_NETNS_ATK_IP6=fd99:1::2
export TOLLGATE_NETNS_PBX_ADM_IP=10.99.2.1 TOLLGATE_NETNS_ADM_IP=10.99.2.2
export TOLLGATE_NETNS_HOST_IP=10.99.$hnet.2
export TOLLGATE_NETNS_SIP_PORT=$sip_port TOLLGATE_NETNS_OTHER_PORT=$other_port
export TOLLGATE_NETNS_DIR="$tmp/scratch"
export TOLLGATE_SSH_HOST=10.99.$hnet.1 TOLLGATE_SSH_PORT=$ssh_port TOLLGATE_SSH_USER=$(id -un)
export TOLLGATE_SSH_KEY="$tmp/client"
export TOLLGATE_SSH_HOSTKEY_FP=$(ssh-keygen -l -E sha256 -f "$tmp/hostkey.pub" | awk '{print $2}')

set +e
"$@"
status=$?
set -e
if [ "$status" -ne 0 ] && [ -n "${TOLLGATE_NETNS_SHOW_LOG:-}" ]; then
    cat "$tmp/sshd.log" >&2
fi
exit "$status"
