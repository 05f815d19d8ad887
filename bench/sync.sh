#!/usr/bin/env bash
# Benchmark: how long a browser save on one instance takes to be live on another. Two packaged instances, each
# with its own content folder and Git directory, share one local bare repository; the script saves the article on
# A through the staff editor (HTTP, signed in) and polls the same page on B until it shows the change.
#
#   bench/sync.sh                  PostgreSQL if one answers on 127.0.0.1:5432 (one shared database), else H2
#   DB=h2 bench/sync.sh            an H2 file database per instance: only the periodic sync carries the change
#   DB=postgresql bench/sync.sh    one throw-away database next to PGDATABASE (default test): LISTEN/NOTIFY too
#
# Environment: ROUNDS=10 (saves timed; median, min and max reported), SYNC_INTERVAL=3s, POLL=0.02 (seconds between
# polls of B), FORCE=1 (run although the machine is busy), PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
# PGDATABASE=test PGPASSWORD (PostgreSQL only), JAVA_OPTS. Needs: a JDK 17+, git, curl; psql for PostgreSQL.
# The result goes to bench/results/YYYY-MM-DD-sync-<db>.md. Everything else lives in a temporary directory.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

ROUNDS="${ROUNDS:-10}"
SYNC_INTERVAL="${SYNC_INTERVAL:-3s}"
POLL="${POLL:-0.02}"
HOST=127.0.0.1
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PGADMINDB="${PGDATABASE:-test}"
PAGE=/articles/causes
FILE=articles/causes.md

case "${1:-}" in
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
[[ "$ROUNDS" =~ ^[0-9]+$ ]] && [ "$ROUNDS" -gt 0 ] || { echo "bench: ROUNDS must be a positive whole number" >&2; exit 2; }
for tool in java git curl awk; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 2; }
done
load="$(cut -d' ' -f1 /proc/loadavg)"
if [ "${FORCE:-}" != 1 ] && awk -v l="$load" 'BEGIN { exit !(l >= 1.5) }'; then
    echo "bench: the machine is busy (load $load, 1.5 or more): timings would measure the others. FORCE=1 runs anyway." >&2
    exit 3
fi
if [ -z "${DB:-}" ]; then
    if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2; then DB=postgresql; else DB=h2; fi
fi
case "$DB" in
    postgresql) command -v psql >/dev/null 2>&1 || { echo "bench: psql is not installed" >&2; exit 2; } ;;
    h2) ;;
    *) echo "bench: DB must be postgresql or h2" >&2; exit 2 ;;
esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-sync-bench.XXXXXX")"
PID_A=""
PID_B=""
PG_BENCH_DB=""

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    APP_PID="$PID_B" stop_app
    APP_PID="$PID_A" stop_app
    [ -n "$PG_BENCH_DB" ] && psql -q -d "$PGADMINDB" -c "DROP DATABASE IF EXISTS $PG_BENCH_DB WITH (FORCE)" >/dev/null
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

ensure_jar

git init -q --bare --initial-branch=main "$WORK/shared.git"
cp -r content "$WORK/content-a"
mkdir -p "$WORK/content-b"
if [ "$DB" = postgresql ]; then
    PG_BENCH_DB="guide_sync_bench_$(date +%s)_$$"
    psql -q -d "$PGADMINDB" -c "CREATE DATABASE $PG_BENCH_DB" >/dev/null
fi

BENCH_USER=bench
BENCH_PASSWORD="sync benchmark passphrase $$"

# start NAME PORT: one instance, configured through the environment as an operator would; waits until it serves.
# Sets PID_A or PID_B at once, so the clean-up stops it even when the start fails.
start() {
    local name="$1" port="$2" pid
    (
        if [ "$DB" = postgresql ]; then
            export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_BENCH_DB"
            export SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
        else
            export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db-$name;WRITE_DELAY=0"
        fi
        export GUIDE_CONTENT_DIR="$WORK/content-$name" GUIDE_CONTENT_GIT_DIR="$WORK/git-$name"
        export GUIDE_CONTENT_GIT_REMOTE="$WORK/shared.git" GUIDE_MANAGEMENT_PORT=0
        export GUIDE_ADMIN_USERNAME="$BENCH_USER" GUIDE_ADMIN_PASSWORD="$BENCH_PASSWORD"
        # shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
        exec java ${JAVA_OPTS:-} -jar "$JAR" --server.address="$HOST" --server.port="$port" \
            --guide.content.git.sync-interval="$SYNC_INTERVAL" >"$WORK/app-$name.log" 2>&1
    ) &
    pid=$!
    if [ "$name" = a ]; then PID_A="$pid"; else PID_B="$pid"; fi
    for _ in $(seq 1 900); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$HOST:$port/login" || true)" = 200 ] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "bench: instance $name stopped during start-up; its log:" >&2
            tail -40 "$WORK/app-$name.log" >&2
            exit 1
        fi
        sleep 0.1
    done
}

PORT_A="$(free_port 18800)"
echo "bench: starting A on $HOST:$PORT_A ($DB)"
start a "$PORT_A"
PORT_B="$(free_port $((PORT_A + 1)))"
echo "bench: starting B on $HOST:$PORT_B ($DB), which takes the shared content"
start b "$PORT_B"
A="http://$HOST:$PORT_A"
B="http://$HOST:$PORT_B"

COOKIES="$WORK/cookies.txt"
csrf_of() { curl -s -b "$COOKIES" -c "$COOKIES" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$COOKIES" -b "$COOKIES" \
    --data-urlencode "username=$BENCH_USER" --data-urlencode "password=$BENCH_PASSWORD" \
    --data-urlencode "_csrf=$(csrf_of "$A/login")" "$A/login")"
case "$location" in
    */staff) ;;
    *) echo "bench: staff sign-in on A failed (redirected to $location)" >&2; exit 1 ;;
esac

now_ms() { date +%s%3N; }
: >"$WORK/times"
for round in $(seq 1 "$ROUNDS"); do
    marker="Sync benchmark marker $round-$$."
    csrf="$(csrf_of "$A/staff/content/edit?path=$FILE")"
    # The revision the editor starts from is the Git blob id of the file as A holds it.
    revision="$(git hash-object "$WORK/content-a/$FILE")"
    text="$(cat "$WORK/content-a/$FILE")"$'\n\n'"$marker"
    started="$(now_ms)"
    code="$(curl -s -o /dev/null -w '%{http_code}' -b "$COOKIES" -c "$COOKIES" \
        --data-urlencode "path=$FILE" --data-urlencode "revision=$revision" --data-urlencode "markdown=$text" \
        --data-urlencode "message=Sync benchmark $round" --data-urlencode "action=save" --data-urlencode "_csrf=$csrf" \
        "$A/staff/content/edit")"
    [ "$code" = 302 ] || { echo "bench: the save on A answered $code" >&2; exit 1; }
    deadline=$((started + 60000))
    until curl -s "$B$PAGE" | grep -qF "$marker"; do
        [ "$(now_ms)" -lt "$deadline" ] || { echo "bench: B did not show round $round within 60 s" >&2; exit 1; }
        sleep "$POLL"
    done
    took=$(($(now_ms) - started))
    echo "bench: round $round: live on B $took ms after the save was sent to A"
    echo "$took" >>"$WORK/times"
done

median="$(sort -n "$WORK/times" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }')"
min="$(sort -n "$WORK/times" | head -1)"
max="$(sort -n "$WORK/times" | tail -1)"
mkdir -p bench/results
result="bench/results/$(date -u +%F)-sync-$DB.md"
{
    echo "# Save on A, live on B: $DB, $(date -u +%FT%TZ)"
    echo
    echo "\`DB=$DB ROUNDS=$ROUNDS SYNC_INTERVAL=$SYNC_INTERVAL POLL=$POLL bench/sync.sh\`; $(nproc) CPUs, load before the run $load."
    echo "Time from sending the save to A until B's public page $PAGE shows it (polled every $POLL s)."
    echo
    echo "| rounds | median ms | min ms | max ms |"
    echo "| --- | --- | --- | --- |"
    echo "| $ROUNDS | $median | $min | $max |"
    echo
    echo "Each round, ms: $(paste -sd' ' "$WORK/times")"
} >"$result"
echo "bench: median $median ms (min $min, max $max); saved to $result"
