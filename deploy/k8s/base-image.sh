#!/usr/bin/env bash
# Builds the services' base image without a container engine and without any image registry: a Java runtime made
# with jlink from the build's JDK, the C libraries it links against (from this machine's Debian), user 185 and a
# /tmp. Writes deploy/k8s/target/base-image.tar (the format of `docker save`), which Jib takes as
#   ./mvnw -B verify -Dimages -DskipTests -Dimages.base=tar://$PWD/deploy/k8s/target/base-image.tar
# Usage: deploy/k8s/base-image.sh [JDK home] (default: $JAVA_HOME, else the JDK that deploy/find-jdk.sh finds)
set -euo pipefail
cd "$(dirname "$0")"
JDK="${1:-${JAVA_HOME:-}}"
if [ -z "$JDK" ]; then . ../find-jdk.sh; JDK="${JAVA_HOME:-}"; fi
[ -x "$JDK/bin/jlink" ] || { echo "no JDK with jlink at '$JDK': give its home as argument or JAVA_HOME" >&2; exit 1; }

OUT=target/base-image
rm -rf "$OUT" && mkdir -p "$OUT/rootfs"
ROOT="$OUT/rootfs"

# The modules Quarkus services use (Java SE, the JDK's unsupported and management APIs, DNS naming, zip file
# systems, JFR), and the locale data for Chinese and English
"$JDK/bin/jlink" --output "$ROOT/opt/java" \
    --add-modules java.se,jdk.unsupported,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.zipfs,jdk.jfr,jdk.localedata,jdk.crypto.cryptoki \
    --include-locales=zh,en --strip-debug --no-man-pages --no-header-files --compress=zip-6

# The shared libraries the runtime links against, and the dynamic loader
libs() { find "$ROOT/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null | awk '/=> \//{print $3} /^\t\/.*ld-linux/{print $1}' | sort -u; }
ROOT_PATH="$(cd "$ROOT" && pwd)"
for lib in $(libs) /lib64/ld-linux-x86-64.so.2; do
    case "$lib" in "$ROOT_PATH"/*) continue ;; esac   # the runtime's own libraries
    mkdir -p "$ROOT$(dirname "$lib")"
    cp -L "$lib" "$ROOT$lib"
done

mkdir -p "$ROOT/etc" "$ROOT/tmp" "$ROOT/deployments" "$ROOT/proc" "$ROOT/sys" "$ROOT/dev"
chmod 1777 "$ROOT/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\njboss:x:185:185:Gongjian:/deployments:/sbin/nologin\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\njboss:x:185:\n' > "$ROOT/etc/group"
printf 'hosts: files dns\n' > "$ROOT/etc/nsswitch.conf"
chown -R 185:185 "$ROOT/deployments" 2>/dev/null || true

# One layer, reproducible (fixed times and owners), and the image's configuration
tar --sort=name --mtime='1970-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$ROOT" -cf "$OUT/layer.tar" .
DIFF_ID="sha256:$(sha256sum "$OUT/layer.tar" | cut -d' ' -f1)"
VERSION="$("$JDK/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/{print $2}')"
cat > "$OUT/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z",
 "config":{"User":"185:185","WorkingDir":"/deployments",
   "Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
   "Labels":{"org.opencontainers.image.description":"Java runtime $VERSION (jlink) for the Gongjian services"}},
 "rootfs":{"type":"layers","diff_ids":["$DIFF_ID"]},
 "history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/k8s/base-image.sh"}]}
EOF
printf '[{"Config":"config.json","RepoTags":["gongjian/java-runtime:%s"],"Layers":["layer.tar"]}]\n' "${VERSION%%+*}" \
    > "$OUT/manifest.json"
tar --mtime='1970-01-01 00:00:00Z' --owner=0 --group=0 --numeric-owner -C "$OUT" \
    -cf target/base-image.tar manifest.json config.json layer.tar
echo "Base image: $(pwd)/target/base-image.tar (Java $VERSION, $(du -h target/base-image.tar | cut -f1))"
