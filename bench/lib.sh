# Shared by bench/run.sh and bench/inbox.sh (sourced, not run). Expects HOST and APP_PID to be set.

# Stops the site started by the script: politely first, then for good after 10 s.
stop_app() {
    if [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null; then
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
}

# A loopback port nobody answers on, from $1 to $1 + 99.
free_port() {
    local port
    for port in $(seq "$1" "$(($1 + 99))"); do
        if ! (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "bench: no free port in $1-$(($1 + 99))" >&2
    exit 1
}

# Sets JAR to the packaged site, building it when it is missing or older than the sources.
ensure_jar() {
    JAR="$(ls target/patient-guide-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)"
    if [ -n "$JAR" ] && [ -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]; then
        echo "bench: $JAR is older than the sources, rebuilding"
        JAR=""
    fi
    if [ -z "$JAR" ]; then
        echo "bench: building the jar (mvn -B -q -DskipTests package)..."
        mvn -B -q -DskipTests package
        JAR="$(ls target/patient-guide-*.jar | grep -v '\.original$' | head -1)"
    fi
}
