#!/usr/bin/env bash
# Starts the whole Gongjian platform on this machine (no container engine, no root needed).
#   up.sh [--build] [--no-services] [--no-demo-data]
# --build rebuilds the repository first; otherwise only what is missing gets built.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/stack-env.sh"
find_java

BUILD=false
ARGS=()
for a in "$@"; do
  case "$a" in
    --build) BUILD=true ;;
    -h|--help) sed -n '2,4p' "$0"; exit 0 ;;
    *) ARGS+=("$a") ;;
  esac
done

MISSING="$(unbuilt_services)"
if $BUILD || [ -n "$MISSING" ]; then
  [ -n "$MISSING" ] && echo "Not built yet: $MISSING"
  if ! build_all; then
    $BUILD && { echo "ERROR: the repository build failed." >&2; exit 1; }
    echo "WARNING: the repository build failed; starting with what is built." >&2
    launcher_ready || build_launcher_only
  fi
elif ! launcher_ready; then
  build_launcher_only
fi

exec "$JAVA" -Dgongjian.repo="$REPO_DIR" -jar "$LAUNCHER_JAR" up ${ARGS[@]+"${ARGS[@]}"}
