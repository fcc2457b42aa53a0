# Sourced by up.sh, down.sh and status.sh: finds a JDK 21+ and the launcher. Not meant to be run directly.

STACK_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$STACK_DIR/../.." && pwd)"
LAUNCHER_JAR="$STACK_DIR/target/local-stack.jar"
SERVICES="registry-service pairing-service activity-service notification-service gateway"

find_java() {  # sets JAVA and exports JAVA_HOME (for ./mvnw and the launcher's children)
  # shellcheck source=../find-jdk.sh
  . "$REPO_DIR/deploy/find-jdk.sh"
  JAVA="$JAVA_HOME/bin/java"
}

launcher_ready() {
  [ -f "$LAUNCHER_JAR" ] && [ -d "$STACK_DIR/target/stack/kafka/libs" ] \
    && ls -d "$STACK_DIR"/target/stack/keycloak-*/bin >/dev/null 2>&1
}

# Services whose module is in the checkout but whose jar is not built
unbuilt_services() {
  local s
  for s in $SERVICES; do
    if [ -f "$REPO_DIR/$s/pom.xml" ] && [ ! -f "$REPO_DIR/$s/target/quarkus-app/quarkus-run.jar" ]; then
      printf '%s ' "$s"
    fi
  done
}

build_launcher_only() {
  echo "Building the launcher (./mvnw -B -q -f deploy/local/pom.xml package -DskipTests) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q -f deploy/local/pom.xml package -DskipTests)
}

build_all() {
  echo "Building the repository (./mvnw -B -q package -DskipTests) ..."
  (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests)
}
