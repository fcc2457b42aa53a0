#!/usr/bin/env bash
# Stops exactly what up.sh started, in reverse order (whole process trees).
#   down.sh [--purge]    --purge also deletes deploy/local/.data (databases, Kafka logs, Keycloak data, logs)
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stack-env.sh"
find_java
if [ ! -f "$LAUNCHER_JAR" ]; then
  build_launcher_only
fi
exec "$JAVA" -Dgongjian.repo="$REPO_DIR" -jar "$LAUNCHER_JAR" down "$@"
