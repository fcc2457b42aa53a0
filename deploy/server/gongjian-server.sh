#!/usr/bin/env bash
# A district's own Gongjian server (see deploy/server/README.md):
#   gongjian-server.sh [--settings /etc/gongjian/server.properties] install|up|down|status|backup|restore [FOLDER|latest]|render DIR
set -euo pipefail
SERVER_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
REPO_DIR="$(cd "$SERVER_DIR/../.." && pwd)"
# shellcheck source=../find-jdk.sh
. "$REPO_DIR/deploy/find-jdk.sh"
JAR="$SERVER_DIR/target/server-stack.jar"
if [ ! -f "$JAR" ] || [ ! -d "$REPO_DIR/deploy/local/target/stack/kafka/libs" ]; then
  echo "Building the launcher (./mvnw -B -q package -DskipTests -pl deploy/server -am) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests -pl deploy/server -am)
fi
exec "$JAVA_HOME/bin/java" -Dgongjian.repo="$REPO_DIR" -jar "$JAR" "$@"
