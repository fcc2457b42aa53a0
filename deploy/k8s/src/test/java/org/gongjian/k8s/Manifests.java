package org.gongjian.k8s;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where the manifests and the services are, and how to find things in rendered objects. */
final class Manifests {

    /** The deployable services: module directory = Deployment name = image repository after "gongjian/". */
    static final List<String> SERVICES = List.of("registry-service", "pairing-service", "activity-service",
            "notification-service", "gateway");

    private Manifests() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("deploy/k8s/base/kustomization.yaml"))) {
            dir = dir.getParent();
            if (dir == null) {
                throw new IllegalStateException("not inside the repository");
            }
        }
        return dir;
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    static List<Path> overlays() {
        try (Stream<Path> dirs = Files.list(k8s().resolve("overlays"))) {
            return dirs.filter(d -> Files.exists(d.resolve("kustomization.yaml"))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final java.util.Map<Path, List<ObjectNode>> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The objects of a kustomization, rendered once for all tests (which only read them). */
    static List<ObjectNode> rendered(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Kustomize::render);
    }

    static List<ObjectNode> containers(JsonNode object) {
        JsonNode pod = object.path("spec").path("template").path("spec");
        List<ObjectNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(c -> containers.add((ObjectNode) c));
        pod.path("containers").forEach(c -> containers.add((ObjectNode) c));
        return containers;
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
