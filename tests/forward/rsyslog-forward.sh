#!/usr/bin/env bash
# Tollgate's forwarder against a real rsyslog (run under scripts/with-rsyslog.sh):
#   tests/forward/rsyslog-forward.sh path/to/tollgate-cli
# RELP: every alert arrives exactly once while rsyslog is stopped (by its PID) and started again
# in the middle of the stream, and alerts queued while Tollgate was not running arrive after it
# starts again. UDP, TCP (octet counting), TLS (CA file and pinned fingerprint; a wrong pin sends
# nothing) and RELP over TLS deliver every alert once. Bounded: about 20 seconds.
set -euo pipefail
cli=$1
: "${TOLLGATE_RSYSLOG_OUT:?run under scripts/with-rsyslog.sh}"
out=$TOLLGATE_RSYSLOG_OUT
data=$(mktemp -d "${TMPDIR:-/tmp}/tollgate-forward.XXXXXX")
cli_pid=""
cleanup() {
    [ -n "$cli_pid" ] && kill "$cli_pid" 2>/dev/null
    rm -rf "$data"
}
trap cleanup EXIT
# On failure, what the forwarder said last (its stderr goes to $data/last.log).
fail() {
    echo "FAIL: $*" >&2
    [ -f "$data/last.log" ] && sed 's/^/  tollgate-cli: /' "$data/last.log" >&2
    exit 1
}
lines() { [ -f "$1" ] && wc -l <"$1" || echo 0; }

# Every alert forward-test-TAG-1..N exactly once in FILE, and every line a whole RFC 5424 message.
check_once() {
    local file=$1 tag=$2 n=$3 got dups
    [ -f "$file" ] || fail "$file was not written"
    got=$(grep -o "forward-test-$tag-[0-9]*" "$file" | sort -u | wc -l)
    dups=$(grep -o "forward-test-$tag-[0-9]*" "$file" | sort | uniq -d | head -5)
    [ -z "$dups" ] || fail "$tag: received more than once: $dups"
    [ "$got" -eq "$n" ] || fail "$tag: $got of $n alerts arrived"
    for i in $(seq 1 "$n"); do
        grep -q "forward-test-$tag-$i[^0-9]" "$file" || fail "$tag: alert $i is missing"
    done
    if grep -v -E '^<[0-9]{1,3}>1 [0-9TZ:.-]+ [^ ]+ tollgate [0-9-]+ [A-Z_]+ (-|\[tollgate@32473 )' "$file" | grep -q .; then
        grep -v -E '^<[0-9]{1,3}>1 ' "$file" | head -3 >&2
        fail "$tag: a line in $file is not a whole RFC 5424 message (an escaping failure)"
    fi
    echo "ok: $tag: $n alerts, each exactly once"
}

forward() { "$cli" forward test --data-dir "$data" "$@" 2>"$data/last.log"; }
relp="relp://127.0.0.1:$TOLLGATE_RSYSLOG_RELP_PORT"

# 1. The test message.
forward --to "$relp" --name test-message >/dev/null || fail "test message over RELP"
grep -q ' TEST ' "$out/relp.log" || fail "the test message did not arrive"
echo "ok: test message"

# 2. RELP while rsyslog is stopped and started again mid-stream.
n=300
"$cli" forward test --data-dir "$data" --to "$relp" --name restart --count $n --interval-ms 10 --tag restart \
    --timeout 60 >"$data/restart.log" 2>&1 &
cli_pid=$!
for _ in $(seq 1 200); do
    [ "$(grep -c forward-test-restart- "$out/relp.log" 2>/dev/null || true)" -ge 60 ] && break
    sleep 0.05
done
before=$(grep -c forward-test-restart- "$out/relp.log" || true)
"$TOLLGATE_RSYSLOGCTL" stop
[ "$before" -lt "$n" ] || fail "the stream ended before rsyslog was stopped"
sleep 1
"$TOLLGATE_RSYSLOGCTL" start
wait "$cli_pid" || { cat "$data/restart.log" >&2; fail "the forwarder did not deliver its queue after the restart"; }
cli_pid=""
grep -q 'closed the RELP session\|closed the connection\|Cannot reach' "$data/restart.log" \
    || { cat "$data/restart.log" >&2; fail "the forwarder never noticed rsyslog going away"; }
echo "ok: rsyslog stopped after $before of $n alerts and started again"
check_once "$out/relp.log" restart $n

# 3. Queued while the receiver is down, delivered by the next run of Tollgate (the disk queue).
"$TOLLGATE_RSYSLOGCTL" stop
if forward --to "$relp" --name durable --count 40 --tag durable --timeout 2 >/dev/null; then
    fail "delivered with rsyslog stopped?"
fi
"$TOLLGATE_RSYSLOGCTL" start
"$cli" forward flush --data-dir "$data" --to "$relp" --name durable --timeout 30 >/dev/null 2>"$data/last.log" \
    || fail "the queued alerts were not delivered after the restart"
check_once "$out/relp.log" durable 40

# 4. UDP, TCP, TLS (CA file, pinned fingerprint), RELP over TLS; JSON and CEF.
forward --to "udp://127.0.0.1:$TOLLGATE_RSYSLOG_UDP_PORT" --name udp --count 50 --interval-ms 2 --tag udp >/dev/null \
    || fail "udp"
for _ in $(seq 1 100); do [ "$(lines "$out/udp.log")" -ge 50 ] && break; sleep 0.05; done
check_once "$out/udp.log" udp 50

forward --to "tcp://127.0.0.1:$TOLLGATE_RSYSLOG_TCP_PORT" --name tcp --format cef --count 50 --tag tcp >/dev/null || fail "tcp"
check_once "$out/tcp.log" tcp 50
grep -q 'CEF:0|Tollgate|Tollgate|' "$out/tcp.log" || fail "tcp: no CEF payload"

tls="tls://127.0.0.1:$TOLLGATE_RSYSLOG_TLS_PORT"
forward --to "$tls" --name tls-ca --ca "$TOLLGATE_RSYSLOG_CA" --count 30 --tag tlsca >/dev/null || fail "tls with CA file"
check_once "$out/tls.log" tlsca 30
forward --to "$tls" --name tls-pin --fingerprint "$TOLLGATE_RSYSLOG_FP" --count 30 --tag tlspin >/dev/null \
    || fail "tls with pinned fingerprint"
check_once "$out/tls.log" tlspin 30
wrong=$(printf '%064d' 0)
if forward --to "$tls" --name tls-wrong --fingerprint "$wrong" --count 5 --tag tlswrong --timeout 10 >/dev/null; then
    fail "delivered to a receiver whose certificate is not the pinned one"
fi
grep -q 'not the trusted one\|could not be verified' "$data/last.log" || fail "no sentence about the certificate"
! grep -q forward-test-tlswrong "$out/tls.log" || fail "a message went to an untrusted receiver"
echo "ok: tls with a wrong pin sends nothing"

forward --to "relp-tls://127.0.0.1:$TOLLGATE_RSYSLOG_RELP_TLS_PORT" --name relp-tls --ca "$TOLLGATE_RSYSLOG_CA" \
    --format cef --count 30 --tag relptls >/dev/null || fail "relp over tls"
check_once "$out/relp-tls.log" relptls 30
echo "all forwarding checks passed"
