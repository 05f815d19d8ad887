#!/usr/bin/env bash
# Start-up benchmark: time until the packaged site serves its first page, and its resident memory, started
# today's way (java -jar) and the production way (extracted jar + the JDK's ahead-of-time cache, or class data
# sharing on JDK 17), alternately in one run on the same machine.
#
#   bench/startup.sh
#
# Environment: ROUNDS=3 (starts per way), MODES="jar cds aot" (which ways, in this order each round),
#   JAVA17=java (today's JVM), JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java (for the AOT cache),
#   JAVA_OPTS (extra flags for every start, e.g. -Xmx256m), PAGE=/ (the page polled).
# Ways:  jar  java -jar target/patient-guide-*.jar                         (today)
#        cds  JDK 17, extracted jar, -XX:SharedArchiveFile from a training run (Spring Boot's CDS support)
#        aot  JDK 25, extracted jar, -XX:AOTCache from a training run (JEP 483/514)
#        jar25  JDK 25, java -jar, no cache (separates the newer JDK's share from the cache's)
#        before java -jar of the site as it was at BASELINE_REF (a commit, tag or branch; built into a temporary
#               worktree with mvn -o), to compare with the code before a start-up change
# Each start gets a copy of one prepared database (migrated, content loaded), as a restart in production has.
# Figures: seconds from launch to the first 200 of PAGE (curl every 50 ms), VmRSS right then, and the peak
# resident set of the whole process (/usr/bin/time -v) after it is stopped. Needs curl and /usr/bin/time.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh

ROUNDS="${ROUNDS:-3}"
MODES="${MODES:-jar cds aot}"
JAVA17="${JAVA17:-java}"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PAGE="${PAGE:-/}"
HOST=127.0.0.1

case "${1:-}" in -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;; esac
[[ "$ROUNDS" =~ ^[0-9]+$ ]] && [ "$ROUNDS" -gt 0 ] || { echo "bench: ROUNDS must be a positive whole number" >&2; exit 2; }
for tool in curl /usr/bin/time "$JAVA17"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is not installed" >&2; exit 2; }
done
case " $MODES " in *" aot "*|*" jar25 "*) [ -x "$JAVA25" ] || { echo "bench: JAVA25=$JAVA25 is not a JDK 25 java" >&2; exit 2; } ;; esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/guide-startup.XXXXXX")"
APP_PID=""
cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    stop_app
    [ -d "$WORK/before-src" ] && git worktree remove --force "$WORK/before-src" >/dev/null 2>&1
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now() { date +%s.%N; }

ensure_jar
BEFORE_JAR=""
case " $MODES " in *" before "*)
    [ -n "${BASELINE_REF:-}" ] || { echo "bench: mode before needs BASELINE_REF (a commit to compare with)" >&2; exit 2; }
    echo "bench: building the jar of $BASELINE_REF for the before way"
    git worktree add --detach --quiet "$WORK/before-src" "$BASELINE_REF"
    (cd "$WORK/before-src" && mvn -B -q -o -DskipTests package) >"$WORK/before-build.log" 2>&1 \
        || { tail -20 "$WORK/before-build.log"; exit 1; }
    BEFORE_JAR="$(ls "$WORK"/before-src/target/patient-guide-*.jar | grep -v '\.original$' | head -1)"
    cp "$BEFORE_JAR" "$WORK/before.jar"
    BEFORE_JAR="$WORK/before.jar"
    ;;
esac
APP_PORT="$(free_port 18100)"
MANAGEMENT_PORT="$(free_port $((APP_PORT + 1)))"
# Same settings for every way; only the database copy differs per start.
site_args() {
    echo "--server.address=$HOST --server.port=$APP_PORT --management.server.port=$MANAGEMENT_PORT" \
        "--spring.datasource.url=jdbc:h2:file:$1/guide;WRITE_DELAY=0 --guide.backup.directory=$1/backups"
}

echo "bench: extracting $JAR for CDS / AOT (java -Djarmode=tools -jar ... extract)"
"$JAVA17" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
EXTRACTED="$(ls "$WORK"/app/*.jar | head -1)"

# Training runs start the context and exit after its refresh (spring.context.exit=onRefresh), writing the
# archive; the first one also leaves the prepared database behind.
mkdir -p "$WORK/template"
train() {
    local name="$1"; shift
    echo "bench: training run for $name"
    # shellcheck disable=SC2046,SC2086
    "$@" ${JAVA_OPTS:-} -Dspring.context.exit=onRefresh -jar "$EXTRACTED" $(site_args "$WORK/train-$name") \
        >"$WORK/train-$name.log" 2>&1 || { tail -40 "$WORK/train-$name.log"; exit 1; }
    if [ ! -f "$WORK/template/guide.mv.db" ]; then cp "$WORK/train-$name"/guide.mv.db "$WORK/template/"; fi
}
case " $MODES " in *" cds "*) train cds "$JAVA17" -XX:ArchiveClassesAtExit="$WORK/app.jsa" ;; esac
case " $MODES " in *" aot "*) train aot "$JAVA25" -XX:AOTCacheOutput="$WORK/app.aot" ;; esac
if [ ! -f "$WORK/template/guide.mv.db" ]; then train plain "$JAVA17"; fi
# The earlier site prepares its own database: its schema and stored content are its own.
if [ -n "$BEFORE_JAR" ]; then
    echo "bench: preparing the database of the before way"
    mkdir -p "$WORK/template-before"
    # shellcheck disable=SC2046,SC2086
    "$JAVA17" ${JAVA_OPTS:-} -Dspring.context.exit=onRefresh -jar "$BEFORE_JAR" $(site_args "$WORK/train-before") \
        >"$WORK/train-before.log" 2>&1 || { tail -40 "$WORK/train-before.log"; exit 1; }
    cp "$WORK/train-before/guide.mv.db" "$WORK/template-before/"
fi

command_for() {
    case "$1" in
        jar) echo "$JAVA17 ${JAVA_OPTS:-} -jar $JAR" ;;
        cds) echo "$JAVA17 ${JAVA_OPTS:-} -XX:SharedArchiveFile=$WORK/app.jsa -Xlog:cds=off -Xlog:class+path=off -jar $EXTRACTED" ;;
        aot) echo "$JAVA25 ${JAVA_OPTS:-} -XX:AOTCache=$WORK/app.aot -jar $EXTRACTED" ;;
        jar25) echo "$JAVA25 ${JAVA_OPTS:-} -jar $JAR" ;;
        before) echo "$JAVA17 ${JAVA_OPTS:-} -jar $BEFORE_JAR" ;;
        *) echo "bench: unknown mode $1" >&2; exit 2 ;;
    esac
}

RESULTS="$WORK/results.tsv"
load_before="$(cut -d' ' -f1 /proc/loadavg)"
for round in $(seq 1 "$ROUNDS"); do
    for mode in $MODES; do
        db="$WORK/run-$round-$mode"
        mkdir -p "$db"
        if [ "$mode" = before ]; then cp "$WORK/template-before/guide.mv.db" "$db/"; else cp "$WORK/template/guide.mv.db" "$db/"; fi
        started="$(now)"
        # shellcheck disable=SC2046
        /usr/bin/time -v -o "$db/time.txt" $(command_for "$mode") $(site_args "$db") >"$db/app.log" 2>&1 &
        TIME_PID=$!
        APP_PID=""
        served=""
        for _ in $(seq 1 12000); do # at most 10 minutes
            [ -z "$APP_PID" ] && APP_PID="$(pgrep -P "$TIME_PID" java || true)"
            if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$HOST:$APP_PORT$PAGE" || true)" = 200 ]; then
                served="$(now)"
                break
            fi
            kill -0 "$TIME_PID" 2>/dev/null || break
            sleep 0.05
        done
        if [ -z "$served" ]; then tail -40 "$db/app.log"; echo "bench: $mode did not serve $PAGE" >&2; exit 1; fi
        rss_kb="$(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status")"
        stop_app
        wait "$TIME_PID" 2>/dev/null || true
        peak_kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$db/time.txt")"
        seconds="$(echo "$served - $started" | bc)"
        printf '%s\t%s\t%.2f\t%d\t%d\n' "$round" "$mode" "$seconds" "$((rss_kb / 1024))" "$((peak_kb / 1024))" | tee -a "$RESULTS"
        rm -rf "$db"
    done
done
load_after="$(cut -d' ' -f1 /proc/loadavg)"

echo
echo "round	way	first page (s)	RSS at first page (MB)	peak RSS (MB)"
cat "$RESULTS"
echo
for mode in $MODES; do
    awk -v m="$mode" -F'\t' '$2 == m { n++; s += $3; r += $4; p += $5 }
        END { if (n) printf "%s: mean first page %.2f s, RSS %.0f MB, peak %.0f MB over %d starts\n", m, s / n, r / n, p / n, n }' "$RESULTS"
done
echo "load average before $load_before, after $load_after on $(nproc) CPUs; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "commands: $(for m in $MODES; do printf '\n  %s: %s' "$m" "$(command_for "$m")"; done)"
