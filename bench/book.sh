#!/usr/bin/env bash
# Benchmark: booking an appointment (POST /book/appointment) under concurrent clients, p50/p99 of the post.
#
#   bench/book.sh
#
# Environment: CLIENTS=16 (concurrent clients), BOOKINGS=25 (bookings per client), WARMUP=3 (bookings per client
# before measuring, not counted), TYPE=free-phone-consultation, JAVA_OPTS (extra JVM flags),
# BENCH_APP_PORT=18700 (the first of 100 ports tried).
# Needs: a JDK 17+, Maven (only to build the jar if it is missing), curl, shuf.
# Readers of a pipe read it to the end (awk 'NR == 1', never head): with pipefail a writer cut short by SIGPIPE
# would stop the script.
# Everything listens on 127.0.0.1 only, lives in a temporary directory, and is stopped on exit or error.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

CLIENTS="${CLIENTS:-16}"
BOOKINGS="${BOOKINGS:-25}"
WARMUP="${WARMUP:-3}"
TYPE="${TYPE:-free-phone-consultation}"
HOST=127.0.0.1

case "${1:-}" in
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
for n in CLIENTS BOOKINGS; do
    [[ "${!n}" =~ ^[0-9]+$ ]] && [ "${!n}" -gt 0 ] || { echo "bench: $n must be a positive whole number" >&2; exit 2; }
done
[[ "$WARMUP" =~ ^[0-9]+$ ]] || { echo "bench: WARMUP must be a whole number" >&2; exit 2; }
[[ "$TYPE" =~ ^[a-z0-9-]+$ ]] || { echo "bench: TYPE is an appointment type's address, e.g. initial-assessment" >&2; exit 2; }
for tool in java curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-bench-book.XXXXXX")"
APP_PID=""

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    jobs -p | xargs -r kill 2>/dev/null
    stop_app
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_jar

load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
if awk -v l="$load_before" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 2) }'; then
    echo "bench: warning: load average is $load_before on $(nproc) CPUs; other work will distort the figures"
fi

APP_PORT="$(free_port "${BENCH_APP_PORT:-18700}")"
SITE="http://$HOST:$APP_PORT"
echo "bench: starting $JAR on $SITE (its log is shown if it fails)"
# The rate limit is lifted for this throw-away site: the benchmark measures booking, not the limiter (all
# clients share one loopback address). Mail is off (no spring.mail.host), as on a site without SMTP.
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
java ${JAVA_OPTS:-} -jar "$JAR" --server.address="$HOST" --server.port="$APP_PORT" --management.server.port=0 \
    "--spring.datasource.url=jdbc:h2:file:$WORK/db;WRITE_DELAY=0" \
    --guide.booking.rate-limit.max-per-window=1000000 >"$WORK/app.log" 2>&1 &
APP_PID=$!

code=000
for _ in $(seq 1 600); do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$SITE/book/$TYPE" || true)"
    [ "$code" != 000 ] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "bench: the site stopped during start-up; its log:" >&2
        tail -40 "$WORK/app.log" >&2
        exit 1
    fi
    sleep 0.1
done
[ "$code" = 200 ] || { echo "bench: /book/$TYPE answered $code" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }

# --- free times, chosen so that no two overlap ------------------------------------------------------------
# Every free time of the horizon, week by week. Only starts on the hour and the half hour are kept: with the
# sample types (at most 30 minutes held for a phone consultation) two of them never overlap, so each client's
# booking competes for the server, not for a time (a refused time would be a 409, counted apart).
week_url="$SITE/book/$TYPE"
: >"$WORK/slots"
for _ in $(seq 1 12); do
    page="$(curl -s --max-time 10 "$week_url")"
    grep -o 'name="slot"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="\([^"]*\)"/\1/' >>"$WORK/slots" || true
    next="$(grep -o 'href="[^"]*week=[0-9-]*"[^>]*>Next week' <<<"$page" | awk 'NR == 1' | sed 's/href="\([^"]*\)".*/\1/' || true)"
    [ -n "$next" ] || break
    case "$next" in /*) week_url="$SITE$next" ;; *) week_url="$SITE/book/$TYPE$next" ;; esac
done
grep -E 'T[0-9]{2}:(00|30):00Z$' "$WORK/slots" | sort -u | shuf >"$WORK/usable" || true
need=$((CLIENTS * (BOOKINGS + WARMUP)))
have="$(wc -l <"$WORK/usable")"
if [ "$have" -lt "$need" ]; then
    echo "bench: only $have non-overlapping free times for $need bookings; lower CLIENTS, BOOKINGS or WARMUP" >&2
    exit 1
fi

# --- the clients ------------------------------------------------------------------------------------------
# Client i takes every CLIENTS-th time. Each has its own cookies (its CSRF token, as a browser has), fetched once
# from the details page; every booking posts the full form. Only the post is timed: curl's time_total.
client() {
    local i=$1 jar="$WORK/cookies.$i" n=0 first csrf slot form result
    first="$(sed -n "$((i + 1))p" "$WORK/usable")"
    csrf="$(curl -s -c "$jar" -b "$jar" --max-time 10 "$SITE/book/$TYPE/details?slot=$(printf %s "$first" | sed 's/@/%40/; s/:/%3A/g')" \
        | grep -o 'name="_csrf" value="[^"]*"' | awk 'NR == 1' | sed 's/.*value="\([^"]*\)"/\1/')"
    [ -n "$csrf" ] || { echo "bench: client $i got no CSRF token" >&2; return 1; }
    awk -v c="$CLIENTS" -v i="$i" -v max=$((BOOKINGS + WARMUP)) 'NR % c == i % c && k++ < max' "$WORK/usable" | while read -r slot; do
        form="_csrf=$csrf&type=$TYPE&slot=$(printf %s "$slot" | sed 's/@/%40/; s/:/%3A/g')&name=Bench+Patient+$i&phone=555+010+0199"
        form="$form&redFlagNumbness=no&redFlagBladderBowel=no&redFlagWeakness=no&redFlagFever=no&redFlagFall=no&consent=yes"
        result="$(curl -s -o /dev/null -c "$jar" -b "$jar" --max-time 30 -w '%{http_code} %{time_total}' \
            -H 'Content-Type: application/x-www-form-urlencoded' --data "$form" "$SITE/book/appointment" || echo '000 0')"
        n=$((n + 1))
        [ "$n" -le "$WARMUP" ] || echo "$result"
    done >"$WORK/times.$i"
}

echo "bench: $CLIENTS clients, $WARMUP warm-up and $BOOKINGS measured bookings each, type $TYPE"
started="$(date +%s.%N)"
pids=()
for i in $(seq 0 $((CLIENTS - 1))); do
    client "$i" &
    pids+=("$!")
done
for pid in "${pids[@]}"; do wait "$pid"; done
elapsed="$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"

cat "$WORK"/times.* >"$WORK/all"
total="$(wc -l <"$WORK/all")"
booked="$(awk '$1 == 302' "$WORK/all" | wc -l)"
conflicts="$(awk '$1 == 409' "$WORK/all" | wc -l)"
others=$((total - booked - conflicts))
awk '$1 == 302 { print $2 * 1000 }' "$WORK/all" | sort -n >"$WORK/ms"
pct() { awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } i = int((p / 100) * NR + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] }' "$WORK/ms"; }
p50="$(pct 50)"
p99="$(pct 99)"
max="$(tail -1 "$WORK/ms" 2>/dev/null || echo -)"
rows="$(grep -c 'Booked appointment' "$WORK/app.log" || true)"

mkdir -p bench/out
out="bench/out/book-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "Booking benchmark: POST /book/appointment ($TYPE), $CLIENTS concurrent clients x $BOOKINGS bookings (after $WARMUP warm-up each)"
    printf '%-28s %s\n' "posts measured" "$total"
    printf '%-28s %s\n' "booked (302)" "$booked"
    printf '%-28s %s\n' "time taken (409)" "$conflicts"
    printf '%-28s %s\n' "other answers" "$others"
    printf '%-28s %s\n' "p50 ms (booked)" "$p50"
    printf '%-28s %s\n' "p99 ms (booked)" "$p99"
    printf '%-28s %s\n' "max ms (booked)" "$max"
    printf '%-28s %s\n' "wall time s" "$elapsed"
    printf '%-28s %s\n' "bookings logged by the site" "$rows"
    echo "machine: $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average before $load_before, $(uname -sr), $(java -version 2>&1 | awk 'NR == 1')"
} | tee "$out"
echo "bench: saved $out"
[ "$others" -eq 0 ] || { echo "bench: $others posts got neither 302 nor 409; see the site's log:" >&2; tail -20 "$WORK/app.log" >&2; exit 1; }
