#!/usr/bin/env bash
# Runs a command against a throwaway rsyslog (Debian's rsyslogd, imudp/imtcp/imrelp) on 127.0.0.1.
#   scripts/with-rsyslog.sh COMMAND [ARGS...]
# Everything lives in a temporary folder that is deleted afterwards: the configuration, a
# throwaway CA and server certificate (made here with openssl), rsyslog's work folder, pid file
# and the files it writes what it received to (one line per message, exactly as received).
# rsyslogd is stopped by its PID on exit. The command sees:
#   TOLLGATE_RSYSLOG_UDP_PORT, _TCP_PORT, _TLS_PORT, _RELP_PORT, _RELP_TLS_PORT   listeners
#   TOLLGATE_RSYSLOG_OUT         folder with udp.log, tcp.log, tls.log, relp.log, relp-tls.log
#   TOLLGATE_RSYSLOG_CA          the CA certificate that signed the server certificate
#   TOLLGATE_RSYSLOG_FP          SHA-256 fingerprint of the server certificate (hex)
#   TOLLGATE_RSYSLOGCTL          "$TOLLGATE_RSYSLOGCTL stop|start|pid": stop rsyslogd (SIGTERM to
#                                its PID, waits until it is gone) and start it again on the same ports
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
RSYSLOGD=${RSYSLOGD:-/usr/sbin/rsyslogd}
for tool in "$RSYSLOGD" openssl python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install rsyslog, rsyslog-relp, rsyslog-gnutls, openssl and python3 (see scripts/setup.sh)." >&2
        exit 2
    fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-rsyslog.XXXXXX")
chmod 700 "$tmp"
mkdir -p "$tmp/work" "$tmp/out"
cleanup() {
    "$tmp/rsyslogctl" stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# A throwaway CA and a server certificate for 127.0.0.1 / localhost.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Tollgate test CA" \
    -keyout "$tmp/ca.key" -out "$tmp/ca.pem" >/dev/null 2>&1
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$tmp/server.key" -out "$tmp/server.csr" >/dev/null 2>&1
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' >"$tmp/server.ext"
openssl x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" -CAcreateserial \
    -days 2 -extfile "$tmp/server.ext" -out "$tmp/server.pem" >/dev/null 2>&1
fp=$(openssl x509 -in "$tmp/server.pem" -noout -fingerprint -sha256 | sed 's/.*=//; s/://g' | tr 'A-F' 'a-f')

ports=$(python3 -c '
import socket
socks = []
for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM, socket.SOCK_STREAM, socket.SOCK_STREAM, socket.SOCK_STREAM):
    s = socket.socket(socket.AF_INET, kind); s.bind(("127.0.0.1", 0)); socks.append(s)
print(" ".join(str(s.getsockname()[1]) for s in socks))')
read -r udp tcp tls relp relptls <<<"$ports"

cat >"$tmp/rsyslog.conf" <<CONF
global(workDirectory="$tmp/work" maxMessageSize="64k"
       defaultNetstreamDriverCAFile="$tmp/ca.pem"
       defaultNetstreamDriverCertFile="$tmp/server.pem"
       defaultNetstreamDriverKeyFile="$tmp/server.key")
# Direct main queue: a message is in its file before the input (imrelp) acknowledges it.
main_queue(queue.type="Direct")
module(load="imudp")
module(load="imtcp")
# OpenSSL: a server certificate without asking the client for one (GnuTLS in librelp insists on one).
module(load="imrelp" tls.tlslib="openssl")
template(name="asReceived" type="string" string="%rawmsg%\n")
ruleset(name="udp") { action(type="omfile" file="$tmp/out/udp.log" template="asReceived") }
ruleset(name="tcp") { action(type="omfile" file="$tmp/out/tcp.log" template="asReceived") }
ruleset(name="tls") { action(type="omfile" file="$tmp/out/tls.log" template="asReceived") }
ruleset(name="relp") { action(type="omfile" file="$tmp/out/relp.log" template="asReceived") }
ruleset(name="relptls") { action(type="omfile" file="$tmp/out/relp-tls.log" template="asReceived") }
input(type="imudp" address="127.0.0.1" port="$udp" ruleset="udp")
input(type="imtcp" address="127.0.0.1" port="$tcp" ruleset="tcp")
input(type="imtcp" address="127.0.0.1" port="$tls" ruleset="tls"
      streamDriver.name="gtls" streamDriver.mode="1" streamDriver.authMode="anon")
input(type="imrelp" address="127.0.0.1" port="$relp" ruleset="relp")
input(type="imrelp" address="127.0.0.1" port="$relptls" ruleset="relptls" tls="on"
      tls.myCert="$tmp/server.pem" tls.myPrivKey="$tmp/server.key")
CONF

# The control script: start/stop by PID, waiting (bounded) until the listeners answer or the
# process is gone. Only the plain listeners are probed (a probe without a handshake makes the
# TLS ones log an error); all listeners open together.
cat >"$tmp/rsyslogctl" <<CTL
#!/usr/bin/env bash
set -u
pidfile="$tmp/rsyslogd.pid"
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/\$1") 2>/dev/null; }
case "\${1:-}" in
start)
    "$RSYSLOGD" -n -f "$tmp/rsyslog.conf" -i "$tmp/rsyslogd.ownpid" >>"$tmp/rsyslogd.log" 2>&1 </dev/null &
    echo \$! >"\$pidfile"
    for _ in \$(seq 1 200); do
        if port_open $tcp && port_open $relp; then
            # A port taken by someone else in the meantime: the probe answered, but not for us.
            if grep -qi 'address already in use\|could not create' "$tmp/rsyslogd.log"; then
                echo "rsyslogd could not listen on its ports; its log:" >&2; cat "$tmp/rsyslogd.log" >&2; exit 1
            fi
            exit 0
        fi
        kill -0 "\$(cat "\$pidfile")" 2>/dev/null || break
        sleep 0.05
    done
    echo "rsyslogd did not start; its log:" >&2; cat "$tmp/rsyslogd.log" >&2; exit 1 ;;
stop)
    [ -f "\$pidfile" ] || exit 0
    pid=\$(cat "\$pidfile"); rm -f "\$pidfile"
    kill -TERM "\$pid" 2>/dev/null || exit 0
    for _ in \$(seq 1 200); do kill -0 "\$pid" 2>/dev/null || exit 0; sleep 0.05; done
    kill -KILL "\$pid" 2>/dev/null; exit 0 ;;
pid)
    cat "\$pidfile" ;;
*)
    echo "usage: \$0 start|stop|pid" >&2; exit 2 ;;
esac
CTL
chmod +x "$tmp/rsyslogctl"

"$RSYSLOGD" -N1 -f "$tmp/rsyslog.conf" >"$tmp/check.log" 2>&1 || { cat "$tmp/check.log" >&2; exit 1; }
"$tmp/rsyslogctl" start

export TOLLGATE_RSYSLOG_UDP_PORT=$udp TOLLGATE_RSYSLOG_TCP_PORT=$tcp TOLLGATE_RSYSLOG_TLS_PORT=$tls
export TOLLGATE_RSYSLOG_RELP_PORT=$relp TOLLGATE_RSYSLOG_RELP_TLS_PORT=$relptls
export TOLLGATE_RSYSLOG_OUT="$tmp/out" TOLLGATE_RSYSLOG_CA="$tmp/ca.pem" TOLLGATE_RSYSLOG_FP="$fp"
export TOLLGATE_RSYSLOGCTL="$tmp/rsyslogctl" TOLLGATE_RSYSLOG_LOG="$tmp/rsyslogd.log"

set +e
"$@"
status=$?
set -e
if [ "$status" -ne 0 ]; then
    echo "--- rsyslogd log:" >&2
    cat "$tmp/rsyslogd.log" >&2
fi
exit "$status"
