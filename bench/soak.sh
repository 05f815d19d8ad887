#!/usr/bin/env bash
# Soak test: mixed traffic on loopback for a while, reporting errors, p99 latency per kind of request, and heap
# and resident memory after each minute.
#
#   bench/soak.sh
#
# Environment: DURATION=600 (seconds of traffic), READERS=2 (patients reading pages, in parallel), BOOKERS=1,
#   STAFF=1 (staff working the inbox: list, search by status, one request, CSV export), JAVA_OPTS (e.g.
#   -Xmx256m), JAVA=java, APP_CMD (the whole command line that starts the site; default java -jar target/...).
# Every loop stops by itself at the deadline; the site runs on 127.0.0.1 (ports from 18150) with a temporary H2
# database and is stopped on exit. Needs curl and a JDK 17+.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

DURATION="${DURATION:-600}"
READERS="${READERS:-2}"
BOOKERS="${BOOKERS:-1}"
STAFF="${STAFF:-1}"
JAVA="${JAVA:-java}"
HOST=127.0.0.1

case "${1:-}" in -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
for n in DURATION READERS BOOKERS STAFF; do
    [[ "${!n}" =~ ^[0-9]+$ ]] || { echo "bench: $n must be a whole number" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "bench: curl is not installed" >&2; exit 2; }

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-soak.XXXXXX")"
APP_PID=""
WORKERS=()
cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    for pid in "${WORKERS[@]}"; do kill "$pid" 2>/dev/null; done
    stop_app
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_jar
APP_PORT="$(free_port 18150)"
MANAGEMENT_PORT="$(free_port $((APP_PORT + 1)))"
SITE="http://$HOST:$APP_PORT"
ADMIN=soak-admin
ADMIN_PASSWORD="soak test password $(date +%s) long enough"
echo "bench: starting the site on $SITE (management $MANAGEMENT_PORT)"
# shellcheck disable=SC2086
GUIDE_ADMIN_USERNAME="$ADMIN" GUIDE_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    ${APP_CMD:-$JAVA ${JAVA_OPTS:-} -jar $JAR} --server.address="$HOST" --server.port="$APP_PORT" \
    --management.server.port="$MANAGEMENT_PORT" "--spring.datasource.url=jdbc:h2:file:$WORK/db;WRITE_DELAY=0" \
    --guide.backup.directory="$WORK/backups" --guide.booking.rate-limit.max-per-window=1000000 \
    --guide.content.watch=false >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 6000); do # at most 10 minutes on a busy machine
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$SITE/" || true)" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; echo "bench: the site stopped" >&2; exit 1; }
    sleep 0.1
done
JAVA_PID="$(pgrep -P "$APP_PID" java || echo "$APP_PID")"

DEADLINE=$(( $(date +%s) + DURATION ))
LOG="$WORK/requests.tsv" # kind, status, seconds
: >"$LOG"

# One request; appends "kind status seconds". Extra curl arguments follow the kind and URL.
hit() {
    local kind="$1" url="$2"; shift 2
    curl -s -o /dev/null --max-time 30 -w "$kind\t%{http_code}\t%{time_total}\n" "$@" "$url" >>"$LOG" || printf '%s\t000\t30\n' "$kind" >>"$LOG"
}
csrf_of() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }

PAGES=(/ /articles/causes /articles/symptoms /articles/when-to-worry /articles/treatment /exercises /exercises/routine
    /exercises/cat-cow /faq /check /search?q=stretch /sitemap.xml /feed.xml)

reader() {
    local i=0
    while [ "$(date +%s)" -lt "$DEADLINE" ]; do
        hit page "$SITE${PAGES[$((i % ${#PAGES[@]}))]}" -H 'Accept: text/html'
        i=$((i + 1))
    done
}

booker() {
    local jar="$WORK/booker-$1.cookies" n=0 csrf
    while [ "$(date +%s)" -lt "$DEADLINE" ]; do
        # The request form lives at /book/request (GET /book lists the appointment types). A form without a
        # token is counted as a failed booking rather than ending this loop.
        csrf="$(curl -s -c "$jar" -b "$jar" --max-time 30 "$SITE/book/request" | csrf_of || true)"
        n=$((n + 1))
        if [ -z "$csrf" ]; then
            printf 'booking\t000\t30\n' >>"$LOG"
            continue
        fi
        # Expect 302 to the confirmation; anything else is counted as an error.
        curl -s -o /dev/null -c "$jar" -b "$jar" --max-time 30 -w "booking\t%{http_code}\t%{time_total}\n" \
            --data-urlencode "_csrf=$csrf" --data-urlencode "name=Soak Patient $1-$n" \
            --data-urlencode "phone=555 010 $((1000 + n % 9000))" --data-urlencode consent=yes \
            --data-urlencode "redFlagFall=$([ $((n % 5)) = 0 ] && echo yes || echo no)" \
            "$SITE/book" >>"$LOG" || printf 'booking\t000\t30\n' >>"$LOG"
    done
}

staff() {
    local jar="$WORK/staff-$1.cookies" csrf id
    csrf="$(curl -s -c "$jar" -b "$jar" --max-time 30 "$SITE/login" | csrf_of)"
    curl -s -o /dev/null -c "$jar" -b "$jar" --max-time 30 --data-urlencode "_csrf=$csrf" \
        --data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD" "$SITE/login"
    while [ "$(date +%s)" -lt "$DEADLINE" ]; do
        hit inbox "$SITE/staff/bookings" -b "$jar" -c "$jar"
        hit inbox "$SITE/staff/bookings?status=NEW" -b "$jar" -c "$jar"
        id="$(curl -s -b "$jar" --max-time 30 "$SITE/staff/bookings" | grep -o 'href="/staff/bookings/[0-9]*"' | head -1 | grep -o '[0-9]*' || true)"
        [ -n "$id" ] && hit request "$SITE/staff/bookings/$id" -b "$jar" -c "$jar"
        hit csv "$SITE/staff/bookings.csv" -b "$jar" -c "$jar"
    done
}

for i in $(seq 1 "$READERS"); do reader & WORKERS+=($!); done
for i in $(seq 1 "$BOOKERS"); do booker "$i" & WORKERS+=($!); done
for i in $(seq 1 "$STAFF"); do staff "$i" & WORKERS+=($!); done

echo "minute	heap used (MB)	live after GC (MB)	RSS (MB)	requests so far" | tee "$WORK/memory.tsv"
minute=0
while [ "$(date +%s)" -lt "$DEADLINE" ]; do
    sleep $(( DEADLINE - $(date +%s) < 60 ? DEADLINE - $(date +%s) : 60 ))
    minute=$((minute + 1))
    scrape="$(curl -s --max-time 30 "http://$HOST:$MANAGEMENT_PORT/actuator/prometheus")"
    heap="$(awk '/^jvm_memory_used_bytes\{.*area="heap"/ { s += $NF } END { printf "%.0f", s / 1048576 }' <<<"$scrape")"
    # Heap in use includes garbage not yet collected (a saw-tooth); what the last collection left alive is the
    # figure that shows a leak.
    live="$(awk '/^jvm_gc_live_data_size_bytes/ { s += $NF } END { printf "%.0f", s / 1048576 }' <<<"$scrape")"
    rss="$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$JAVA_PID/status" 2>/dev/null || echo '?')"
    printf '%s\t%s\t%s\t%s\t%s\n' "$minute" "$heap" "$live" "$rss" "$(wc -l <"$LOG")" | tee -a "$WORK/memory.tsv"
done
for pid in "${WORKERS[@]}"; do wait "$pid" 2>/dev/null || true; done
WORKERS=()

echo
echo "kind	requests	errors	p50 (ms)	p99 (ms)	max (ms)"
for kind in page booking inbox request csv; do
    awk -F'\t' -v k="$kind" '$1 == k { print $3 * 1000 }' "$LOG" | sort -n >"$WORK/$kind.ms"
    n="$(wc -l <"$WORK/$kind.ms")"
    [ "$n" -gt 0 ] || continue
    if [ "$kind" = booking ]; then ok='$2 == 302'; else ok='$2 == 200'; fi
    errors="$(awk -F'\t' -v k="$kind" "\$1 == k && !($ok)" "$LOG" | wc -l)"
    pick() { sed -n "$(awk -v n="$n" -v q="$1" 'BEGIN { i = int(n * q + 0.999999); if (i < 1) i = 1; print i }')p" "$WORK/$kind.ms"; }
    printf '%s\t%s\t%s\t%.0f\t%.0f\t%.0f\n' "$kind" "$n" "$errors" "$(pick 0.50)" "$(pick 0.99)" "$(tail -1 "$WORK/$kind.ms")"
done
echo "errors by status: $(awk -F'\t' '!(($1 == "booking" && $2 == 302) || ($1 != "booking" && $2 == 200)) { print $1 " " $2 }' "$LOG" | sort | uniq -c | tr '\n' ';')"
echo "log lines at ERROR: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
echo "duration ${DURATION}s, readers $READERS, bookers $BOOKERS, staff $STAFF, JAVA_OPTS='${JAVA_OPTS:-}'," \
    "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs, $(date -u +%Y-%m-%dT%H:%MZ)"
