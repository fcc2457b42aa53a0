#!/usr/bin/env bash
# Prints the state of every component of the local stack (exit 0 when everything built is ready).
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stack-env.sh"
find_java
if [ ! -f "$LAUNCHER_JAR" ]; then
  build_launcher_only
fi
exec "$JAVA" -Dgongjian.repo="$REPO_DIR" -jar "$LAUNCHER_JAR" status "$@"
