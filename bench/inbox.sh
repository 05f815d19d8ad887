#!/usr/bin/env bash
# Benchmark: the staff inbox and CSV export with many stored consultation requests, through HTTP with a
# signed-in staff session.
#
#   bench/inbox.sh                 PostgreSQL if one answers on 127.0.0.1:5432, else H2
#   DB=h2 bench/inbox.sh           the default H2 file database
#   DB=postgresql bench/inbox.sh   a throw-away database next to PGDATABASE (default test) on PGHOST:PGPORT
#
# Environment: ROWS=100000 (requests stored), REPEAT=5 (timed requests per case; the median is reported),
# PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=test PGPASSWORD (PostgreSQL only), JAVA_OPTS.
# Needs: a JDK 17+, Maven (only to build the jar if it is missing), curl; psql for PostgreSQL.
# The site listens on 127.0.0.1 only; its database is created for the run and deleted on exit.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

ROWS="${ROWS:-100000}"
REPEAT="${REPEAT:-5}"
HOST=127.0.0.1
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
PGADMINDB="${PGDATABASE:-test}"

case "${1:-}" in
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
for n in ROWS REPEAT; do
    [[ "${!n}" =~ ^[0-9]+$ ]] && [ "${!n}" -gt 0 ] || { echo "bench: $n must be a positive whole number" >&2; exit 2; }
done
[ "$ROWS" -le 999999 ] || { echo "bench: ROWS must be at most 999999 (references are EF-nnnnnn)" >&2; exit 2; }
for tool in java curl; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 2; }
done
if [ -z "${DB:-}" ]; then
    if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$PGHOST" -p "$PGPORT" -t 2; then DB=postgresql; else DB=h2; fi
fi
case "$DB" in
    postgresql) command -v psql >/dev/null 2>&1 || { echo "bench: psql is not installed" >&2; exit 2; } ;;
    h2) ;;
    *) echo "bench: DB must be postgresql or h2" >&2; exit 2 ;;
esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-inbox-bench.XXXXXX")"
APP_PID=""
PG_BENCH_DB=""

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    stop_app
    [ -n "$PG_BENCH_DB" ] && psql -q -d "$PGADMINDB" -c "DROP DATABASE IF EXISTS $PG_BENCH_DB WITH (FORCE)" >/dev/null
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# --- the jar ----------------------------------------------------------------------------------------------
ensure_jar

# --- the database -----------------------------------------------------------------------------------------
# The site is configured the way an operator would: through SPRING_DATASOURCE_* environment variables.
if [ "$DB" = postgresql ]; then
    PG_BENCH_DB="guide_bench_$(date +%s)_$$"
    psql -q -d "$PGADMINDB" -c "CREATE DATABASE $PG_BENCH_DB" >/dev/null
    export SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_BENCH_DB"
    export SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
    SERIES="generate_series(1, $ROWS) AS s(x)"
else
    # AUTO_SERVER lets this script's SQL tool write to the file while the site has it open.
    export SPRING_DATASOURCE_URL="jdbc:h2:file:$WORK/db;WRITE_DELAY=0;AUTO_SERVER=TRUE"
    unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK"
    SERIES="SYSTEM_RANGE(1, $ROWS)"
fi

run_sql() {
    if [ "$DB" = postgresql ]; then
        psql -q -v ON_ERROR_STOP=1 -d "$PG_BENCH_DB" -c "$1" >/dev/null
    else
        java -cp "$(ls "$WORK"/h2-*.jar)" org.h2.tools.Shell -url "$SPRING_DATASOURCE_URL" -user sa -sql "$1" >/dev/null
    fi
}

BENCH_USER=bench
BENCH_PASSWORD="inbox benchmark passphrase $$"
APP_PORT="$(free_port 18700)"
SITE="http://$HOST:$APP_PORT"
echo "bench: starting $JAR on $SITE with $DB"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
GUIDE_ADMIN_USERNAME="$BENCH_USER" GUIDE_ADMIN_PASSWORD="$BENCH_PASSWORD" \
    java ${JAVA_OPTS:-} -jar "$JAR" --server.address="$HOST" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$SITE/login" || true)" = 200 ] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "bench: the site stopped during start-up; its log:" >&2
        tail -40 "$WORK/app.log" >&2
        exit 1
    fi
    sleep 0.1
done

# Requests spread over the last ROWS minutes, one in 50 urgent, statuses in turn; plain SQL for both databases.
echo "bench: storing $ROWS consultation requests..."
filled_from="$(date +%s.%N)"
run_sql "INSERT INTO consultation_request (reference, confirmation_token, created_at, name, email, phone,
    preferred_contact, preferred_times, symptom_duration, message, red_flag_numbness, red_flag_bladder_bowel,
    red_flag_weakness, red_flag_fever, red_flag_fall, urgent, consent_notice_version, consented_at, status,
    status_reason, status_changed_at, version)
  SELECT 'EF-' || LPAD(CAST(x AS VARCHAR), 6, '0'), 'bench-token-' || x,
    CURRENT_TIMESTAMP - x * INTERVAL '1' MINUTE, 'Patient ' || x, 'patient' || x || '@example.com',
    '555 ' || LPAD(CAST(x AS VARCHAR), 7, '0'), 'email', 'weekday-mornings', '1-to-6-weeks',
    'My lower back has hurt for a while, request number ' || x, FALSE, FALSE, FALSE, FALSE, MOD(x, 50) = 0,
    MOD(x, 50) = 0, '2026-11-01', CURRENT_TIMESTAMP - x * INTERVAL '1' MINUTE,
    CASE MOD(x, 6) WHEN 0 THEN 'NEW' WHEN 1 THEN 'CONTACTED' WHEN 2 THEN 'SCHEDULED' WHEN 3 THEN 'COMPLETED'
      WHEN 4 THEN 'DECLINED' ELSE 'CANCELLED' END, NULL, CURRENT_TIMESTAMP - x * INTERVAL '1' MINUTE, 0
  FROM $SERIES"
[ "$DB" = postgresql ] && run_sql "ANALYZE consultation_request"
fill_seconds="$(awk -v a="$filled_from" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"

# --- a signed-in staff session ----------------------------------------------------------------------------
JAR_COOKIES="$WORK/cookies.txt"
csrf="$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$SITE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
location="$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR_COOKIES" -b "$JAR_COOKIES" \
    --data-urlencode "username=$BENCH_USER" --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" \
    "$SITE/login")"
case "$location" in
    */staff) ;;
    *) echo "bench: staff sign-in failed (redirected to $location)" >&2; tail -20 "$WORK/app.log" >&2; exit 1 ;;
esac

# --- timings ----------------------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_case LABEL PATH: REPEAT requests after one untimed warm-up; prints status, size and the median time.
time_case() {
    local label="$1" path="$2" out code size times=()
    curl -s -o /dev/null -b "$JAR_COOKIES" "$SITE$path"
    for _ in $(seq 1 "$REPEAT"); do
        out="$(curl -s -o "$WORK/body" -w '%{http_code} %{size_download} %{time_total}' -b "$JAR_COOKIES" "$SITE$path")"
        read -r code size t <<<"$out"
        [ "$code" = 200 ] || { echo "bench: $path answered $code" >&2; exit 1; }
        times+=("$(awk -v t="$t" 'BEGIN { printf "%.1f", t * 1000 }')")
    done
    local med
    med="$(printf '%s\n' "${times[@]}" | median)"
    printf '%-34s %-44s %10s bytes %9s ms\n' "$label" "$path" "$size" "$med"
    echo "| $label | \`$path\` | $size | $med |" >>"$WORK/summary.md"
}

echo "bench: $DB, $ROWS requests stored in $fill_seconds s; median of $REPEAT requests each (after a warm-up)"
: >"$WORK/summary.md"
time_case "baseline: a staff page, no query" "/staff/password"
time_case "inbox, first page" "/staff/bookings"
time_case "inbox, status filter" "/staff/bookings?status=OPEN"
time_case "inbox, status and date range" "/staff/bookings?status=NEW&from=$(date -u -d '-10 days' +%F)&to=$(date -u +%F)"
# The search is posted once (the inbox keeps it in the session, never in the address), then the list is timed.
search_csrf="$(curl -s -b "$JAR_COOKIES" "$SITE/staff/bookings" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -s -o /dev/null -b "$JAR_COOKIES" --data-urlencode "q=patient4242@" --data-urlencode "_csrf=$search_csrf" "$SITE/staff/bookings"
time_case "inbox, free-text search (in the session)" "/staff/bookings"
curl -s -o /dev/null -b "$JAR_COOKIES" --data-urlencode "_csrf=$search_csrf" "$SITE/staff/bookings"
time_case "inbox, deep page (the last)" "/staff/bookings?page=$(((ROWS + 24) / 25 - 1))"
time_case "CSV export, every request" "/staff/bookings.csv"
csv_rows="$(($(wc -l <"$WORK/body") - 1))"
echo "bench: the CSV had $csv_rows data rows"
[ "$csv_rows" -ge "$ROWS" ] || { echo "bench: the CSV is missing rows" >&2; exit 1; }

mkdir -p bench/out
summary="bench/out/inbox-$DB-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "# Inbox benchmark, $DB, $ROWS requests, $(date -u +%FT%TZ)"
    echo
    echo "Median of $REPEAT requests through HTTP with a signed-in session, after one warm-up; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| case | path | bytes | ms |"
    echo "| --- | --- | --- | --- |"
    cat "$WORK/summary.md"
} >"$summary"
echo "bench: summary saved to $summary"
