#!/usr/bin/env bash
# Scheduling benchmark, part 1: computing a week of free times (5 therapists, 2,000 existing bookings) with the
# pure slot finder, no database. Run from the project folder after `mvn -o -B -q test-compile`.
# Record the figures in bench/results/YYYY-MM-DD-scheduling.md (never in code comments or tests).
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
mvn -o -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
java -cp "target/classes:target/test-classes:$(cat "$cp_file")" com.empowerfitness.guide.scheduling.SlotFinderBench
rm -f "$cp_file"
