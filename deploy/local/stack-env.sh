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

quiet_maven_on_new_jdks() {  # Maven 3.9's Guice warns about sun.misc.Unsafe on JDK 24+
  if [ "$(gongjian_java_major "$JAVA_HOME")" -ge 24 ]; then
    case "${MAVEN_OPTS:-}" in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

build_launcher_only() {
  echo "Building the launcher (./mvnw -B -q -f deploy/local/pom.xml package -DskipTests) ..."
  quiet_maven_on_new_jdks
  (cd "$REPO_DIR" && ./mvnw -B -q -f deploy/local/pom.xml package -DskipTests)
}

build_all() {
  echo "Building the repository (./mvnw -B -q package -DskipTests) ..."
  quiet_maven_on_new_jdks
  (cd "$REPO_DIR" && ./mvnw -B -q package -DskipTests)
}
