#!/usr/bin/env bash
# Runs every Promptfit benchmark and rewrites docs/PERFORMANCE.md and docs/performance.png.
#   benchmarks/run.sh            # full run, about 11 minutes on 2 idle cores
#   benchmarks/run.sh --smoke    # one 1 s iteration each: checks the harness end to end (~3 min)
# Set MVN_OPTS_EXTRA=-o to build offline. Never run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B ${MVN_OPTS_EXTRA:-} install -DskipTests -pl benchmarks -am
CP="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
exec java -Djava.awt.headless=true -cp "$CP" dev.promptfit.bench.Runner \
  --docs docs --command "benchmarks/run.sh${*:+ $*}" "$@"
