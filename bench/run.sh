#!/usr/bin/env bash
# Benchmark: the packaged site against nginx serving the same page's HTML as a static file, on loopback.
#
#   bench/run.sh [PATH]            default PATH=/articles/causes (falls back to / if that is not 200)
#
# Environment: DURATION=10 (seconds per measurement), CONNECTIONS=16, ROUNDS=3, WARMUP=10 (seconds per side),
# THREADS=2 (wrk threads), JAVA_OPTS (extra JVM flags), BENCH_ALLOW_NON_200=1 to measure an error page,
# BENCH_APP_PORT=18500 and BENCH_NGINX_PORT=18600 (the first of 100 ports tried for each).
# Needs: a JDK 17+, Maven (only to build the jar if it is missing), curl, nginx and wrk.
# Everything listens on 127.0.0.1 only, lives in a temporary directory, and is stopped on exit or error.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

PAGE_PATH="${1:-/articles/causes}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-16}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-10}"
THREADS="${THREADS:-2}"
HOST=127.0.0.1

case "$PAGE_PATH" in
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    /*) ;;
    *) echo "bench: PATH must start with /, e.g. /articles/causes" >&2; exit 2 ;;
esac
for n in DURATION CONNECTIONS ROUNDS WARMUP THREADS; do
    [[ "${!n}" =~ ^[0-9]+$ ]] && [ "${!n}" -gt 0 ] || { echo "bench: $n must be a positive whole number" >&2; exit 2; }
done
[ "$THREADS" -le "$CONNECTIONS" ] || THREADS="$CONNECTIONS"
for tool in java curl nginx wrk; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed (Debian: apt-get install nginx wrk curl)" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-bench.XXXXXX")"
APP_PID=""
NGINX_PID=""

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
    stop_app
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM


# Requests look like a browser's page request (wrk and curl send no Accept header of their own choosing).
ACCEPT='Accept: text/html,application/xhtml+xml,*/*;q=0.8'

status_of() {
    curl -s -o /dev/null -w '%{http_code}' -H "$ACCEPT" --max-time 5 "$1" || true
}

now() { date +%s.%N; }

# --- the site ---------------------------------------------------------------------------------------------
ensure_jar

load_before="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
if awk -v l="$load_before" -v n="$(nproc)" 'BEGIN { exit !(l + 0 > n / 2) }'; then
    echo "bench: warning: load average is $load_before on $(nproc) CPUs; other work will distort the figures"
fi

APP_PORT="$(free_port "${BENCH_APP_PORT:-18500}")"
SITE="http://$HOST:$APP_PORT"
echo "bench: starting $JAR on $SITE (its log is shown if it fails)"
started="$(now)"
# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
java ${JAVA_OPTS:-} -jar "$JAR" --server.address="$HOST" --server.port="$APP_PORT" \
    "--spring.datasource.url=jdbc:h2:file:$WORK/db;WRITE_DELAY=0" >"$WORK/app.log" 2>&1 &
APP_PID=$!

code=000
for _ in $(seq 1 600); do
    code="$(status_of "$SITE$PAGE_PATH")"
    [ "$code" != 000 ] && break
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        echo "bench: the site stopped during start-up; its log:" >&2
        tail -40 "$WORK/app.log" >&2
        exit 1
    fi
    sleep 0.1
done
[ "$code" != 000 ] || { echo "bench: the site did not answer within 60 s" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
startup="$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')"
spring_startup="$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | grep -o '[0-9.]* seconds' | head -1 || true)"

if [ "$code" != 200 ] && [ "$PAGE_PATH" != / ]; then
    echo "bench: $PAGE_PATH answered $code, trying /"
    PAGE_PATH=/
    code="$(status_of "$SITE/")"
fi
if [ "$code" != 200 ]; then
    if [ "${BENCH_ALLOW_NON_200:-0}" != 1 ]; then
        echo "bench: $PAGE_PATH answered $code; give a page that exists, or BENCH_ALLOW_NON_200=1 to measure it anyway" >&2
        exit 1
    fi
    echo "bench: measuring $PAGE_PATH although it answers $code (BENCH_ALLOW_NON_200=1)"
fi

# --- nginx serving the same HTML ----------------------------------------------------------------------------
mkdir -p "$WORK/www" "$WORK/nginx-temp"
curl -s -H "$ACCEPT" --max-time 10 -o "$WORK/www/page.html" "$SITE$PAGE_PATH"
bytes="$(wc -c <"$WORK/www/page.html")"
NGINX_PORT="$(free_port "${BENCH_NGINX_PORT:-18600}")"
STATIC="http://$HOST:$NGINX_PORT"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;
    server {
        listen $HOST:$NGINX_PORT;
        root $WORK/www;
        location / { default_type text/html; try_files /page.html =404; }
    }
}
CONF
# Run as root, nginx's workers switch to an unprivileged user: let them read the page (and nothing else).
chmod 755 "$WORK" "$WORK/www"
chmod 644 "$WORK/www/page.html"
nginx -p "$WORK" -e "$WORK/nginx-error.log" -c "$WORK/nginx.conf" >"$WORK/nginx.out" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 50); do [ "$(status_of "$STATIC/")" = 200 ] && break; sleep 0.1; done
[ "$(status_of "$STATIC/")" = 200 ] || { echo "bench: nginx did not start" >&2; cat "$WORK/nginx-error.log" >&2; exit 1; }

# --- load ---------------------------------------------------------------------------------------------------
# Prints "rps p50_ms p99_ms errors" from one wrk run.
measure() {
    wrk --latency -H "$ACCEPT" -t"$THREADS" -c"$CONNECTIONS" -d"$2"s "$1" | awk '
        function ms(v) {
            if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0;
            if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec:/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx or 3xx responses:/ { errors += $NF }
        /Socket errors:/ { for (i = 3; i <= NF; i += 2) errors += $(i + 1) }
        END { printf "%.1f %.2f %.2f %d\n", rps, p50, p99, errors }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "bench: page $PAGE_PATH ($code, $bytes bytes of HTML); warm-up ${WARMUP} s each, then $ROUNDS rounds of ${DURATION} s, $CONNECTIONS connections"
measure "$SITE$PAGE_PATH" "$WARMUP" >/dev/null
measure "$STATIC/" "$WARMUP" >/dev/null

: >"$WORK/site.txt"
: >"$WORK/nginx.txt"
for round in $(seq 1 "$ROUNDS"); do
    site_result="$(measure "$SITE$PAGE_PATH" "$DURATION")"
    echo "$site_result" >>"$WORK/site.txt"
    nginx_result="$(measure "$STATIC/" "$DURATION")"
    echo "$nginx_result" >>"$WORK/nginx.txt"
    read -r s_rps s_p50 s_p99 s_err <<<"$site_result"
    read -r n_rps n_p50 n_p99 n_err <<<"$nginx_result"
    printf 'round %d: site %10.1f req/s p50 %7.2f ms p99 %7.2f ms | nginx %10.1f req/s p50 %7.2f ms p99 %7.2f ms\n' \
        "$round" "$s_rps" "$s_p50" "$s_p99" "$n_rps" "$n_p50" "$n_p99"
    if [ "$s_err" -gt 0 ] && [ "$code" = 200 ]; then echo "bench: warning: $s_err failed requests to the site in round $round"; fi
done

rss_kb="$(ps -o rss= -p "$APP_PID" | tr -d ' ')"
col() { awk -v c="$1" '{ print $c }' "$2" | median; }
s_rps="$(col 1 "$WORK/site.txt")"; s_p50="$(col 2 "$WORK/site.txt")"; s_p99="$(col 3 "$WORK/site.txt")"
n_rps="$(col 1 "$WORK/nginx.txt")"; n_p50="$(col 2 "$WORK/nginx.txt")"; n_p99="$(col 3 "$WORK/nginx.txt")"
ratio="$(awk -v a="$s_rps" -v b="$n_rps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')"
cpu="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"

# The summary also goes to bench/out/ (ignored by git), to copy figures into a dated file under bench/results/.
mkdir -p bench/out
RESULT="bench/out/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
echo
echo "Benchmark of $PAGE_PATH ($bytes bytes, HTTP $code), median of $ROUNDS rounds x ${DURATION} s, $CONNECTIONS connections, $THREADS wrk threads"
printf '%-16s %12s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-16s %12.1f %10.2f %10.2f\n' "site" "$s_rps" "$s_p50" "$s_p99"
printf '%-16s %12.1f %10.2f %10.2f\n' "nginx (static)" "$n_rps" "$n_p50" "$n_p99"
echo "ratio site/nginx (req/s): $ratio"
echo "start-up to first served page: ${startup} s${spring_startup:+ (Spring Boot: $spring_startup)}"
echo "JVM resident memory after the run: $((rss_kb / 1024)) MB"
echo "machine: $(date -u +%Y-%m-%d), $(nproc) CPUs${cpu:+ ($cpu)}, load average before $load_before, $(uname -sr), $(java -version 2>&1 | head -1), $(nginx -v 2>&1 | sed 's/.*: //')"
} | tee "$RESULT"
echo "bench: summary saved in $RESULT"
