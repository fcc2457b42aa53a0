# Sourced by ./mvnw, .ci/run and deploy/local/*.sh: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME if it is 21+, then Temurin 25, then any JDK 21+ under /usr/lib/jvm, then `java` on the PATH.

gongjian_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}

gongjian_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$(gongjian_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    done
    if command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(gongjian_java_major "$candidate")
        if [ -n "$major" ] && [ "$major" -ge 21 ]; then
            echo "$candidate"
            return 0
        fi
    fi
    return 1
}

if ! JAVA_HOME=$(gongjian_find_jdk); then
    {
        echo "Gongjian needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, /usr/lib/jvm/* and java on the PATH)."
        echo "Install one (for example Eclipse Temurin 21 or 25, which installs under /usr/lib/jvm), or point JAVA_HOME at it."
    } >&2
    exit 1
fi
export JAVA_HOME
export PATH="${JAVA_HOME}/bin:${PATH}"
