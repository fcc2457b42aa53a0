#!/usr/bin/env bash
# Starts the whole stack on free ports (deploy/local's launcher), loads data, runs the measures, prints one table and
# appends it to benchmarks/RESULTS.md; stops everything it started.
#   benchmarks/run.sh [--build] [--scale small|province] [--only limits,reads,notices,launches,startup,overview,search,import,ledger]
#                     [--duration seconds] [--warmup seconds]
# --build rebuilds the services and the benchmark first; otherwise only what is missing gets built.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
. "$REPO_DIR/deploy/find-jdk.sh"

BUILD=false
ARGS=()
for a in "$@"; do
  case "$a" in
    --build) BUILD=true ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) ARGS+=("$a") ;;
  esac
done

services_missing=false
for s in registry-service pairing-service activity-service notification-service gateway; do
  [ -f "$REPO_DIR/$s/target/quarkus-app/quarkus-run.jar" ] || services_missing=true
done
bench_missing=false
[ -f "$REPO_DIR/deploy/local/target/local-stack.jar" ] && [ -d "$BENCH_DIR/target/lib" ] \
  && [ -d "$BENCH_DIR/target/classes" ] || bench_missing=true
if $BUILD || $services_missing; then
  echo "Building the services, the launcher and the benchmark (./mvnw -B -q package -DskipTests) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -Dquinoa.enabled=false \
      -pl registry-service,pairing-service,activity-service,notification-service,gateway,deploy/local,benchmarks -am)
elif $bench_missing; then
  echo "Building the launcher and the benchmark (./mvnw -B -q package -DskipTests -pl deploy/local,benchmarks) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -pl deploy/local,benchmarks)
fi

command -v pgbench >/dev/null || echo "WARNING: pgbench not found: the table will have no database limits" >&2
exec "$JAVA_HOME/bin/java" -Xmx512m -Dgongjian.repo.dir="$REPO_DIR" \
    -cp "$BENCH_DIR/target/classes:$BENCH_DIR/target/lib/*" org.gongjian.bench.Bench ${ARGS[@]+"${ARGS[@]}"}
