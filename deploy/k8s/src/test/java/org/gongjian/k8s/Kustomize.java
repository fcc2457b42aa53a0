package org.gongjian.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the part of kustomize these manifests use:
 * {@code resources} (files and directories), {@code namespace}, {@code images}, {@code labels} and {@code patches}
 * (JSON 6902 operations, or strategic merge patches whose lists of named items merge by name). Any other field
 * fails the rendering, so that a manifest cannot rely on a kustomize feature these tests do not check.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "labels", "patches");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume");

    private Kustomize() {
    }

    /** The objects of the kustomization in {@code dir}, in the order kustomize lists its resources. */
    static List<ObjectNode> render(Path dir) {
        ObjectNode kustomization = (ObjectNode) readAll(dir.resolve("kustomization.yaml")).get(0);
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalArgumentException(dir + "/kustomization.yaml: '" + field
                        + "' is outside the kustomize features these manifests may use");
            }
        });
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                readAll(path).forEach(node -> objects.add((ObjectNode) node));
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(dir, patch, objects);
        }
        for (JsonNode label : kustomization.path("labels")) {
            addLabels(label, objects);
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(image, objects);
        }
        if (kustomization.hasNonNull("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            objects.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> metadata(o).put("namespace", namespace));
        }
        return objects;
    }

    static List<JsonNode> readAll(Path file) {
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            List<JsonNode> documents = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void applyPatch(Path dir, JsonNode patch, List<ObjectNode> objects) {
        JsonNode body;
        try {
            body = patch.has("path") ? readAll(dir.resolve(patch.get("path").asText())).get(0)
                    : YAML.readTree(patch.get("patch").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode target = patch.path("target");
        List<ObjectNode> matched = objects.stream().filter(o -> matches(target, body, o)).toList();
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(dir + ": a patch matches no object: " + patch);
        }
        for (ObjectNode object : matched) {
            if (body.isArray()) {
                body.forEach(op -> JsonPatch.apply(object, op));
            } else {
                StrategicMerge.merge(object, (ObjectNode) body);
            }
        }
    }

    private static boolean matches(JsonNode target, JsonNode body, ObjectNode object) {
        if (target.isMissingNode()) {
            return object.path("kind").equals(body.path("kind"))
                    && object.path("metadata").path("name").equals(body.path("metadata").path("name"));
        }
        for (Map.Entry<String, JsonNode> selector : target.properties()) {
            String actual = switch (selector.getKey()) {
                case "kind" -> object.path("kind").asText();
                case "name" -> object.path("metadata").path("name").asText();
                case "group" -> group(object.path("apiVersion").asText());
                case "version" -> object.path("apiVersion").asText().replaceFirst("^.*/", "");
                default -> throw new IllegalArgumentException("patch target by " + selector.getKey()
                        + " is outside the kustomize features these manifests may use");
            };
            if (!actual.matches(selector.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static String group(String apiVersion) {
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    private static void addLabels(JsonNode label, List<ObjectNode> objects) {
        if (label.path("includeSelectors").asBoolean(false)) {
            throw new IllegalArgumentException("labels with includeSelectors are outside the kustomize features"
                    + " these manifests may use");
        }
        boolean templates = label.path("includeTemplates").asBoolean(false);
        for (ObjectNode object : objects) {
            ObjectNode labels = metadata(object).with("labels");
            labels.setAll((ObjectNode) label.get("pairs"));
            if (templates && object.path("spec").path("template").isObject()) {
                ((ObjectNode) object.get("spec").get("template")).with("metadata").with("labels")
                        .setAll((ObjectNode) label.get("pairs"));
            }
        }
    }

    private static void setImage(JsonNode image, List<ObjectNode> objects) {
        String name = image.get("name").asText();
        for (ObjectNode object : objects) {
            for (ObjectNode container : Manifests.containers(object)) {
                String current = container.path("image").asText();
                String repository = current.replaceFirst("[:@].*$", "");
                if (!repository.equals(name)) {
                    continue;
                }
                String newName = image.path("newName").asText(repository);
                String reference = image.has("digest") ? "@" + image.get("digest").asText()
                        : image.has("newTag") ? ":" + image.get("newTag").asText()
                        : current.substring(repository.length());
                container.set("image", TextNode.valueOf(newName + reference));
            }
        }
    }

    private static ObjectNode metadata(ObjectNode object) {
        return object.with("metadata");
    }

    /** JSON patch (RFC 6902): add, replace, remove. */
    static final class JsonPatch {
        private JsonPatch() {
        }

        static void apply(ObjectNode document, JsonNode op) {
            String path = op.get("path").asText();
            String parentPath = path.substring(0, path.lastIndexOf('/'));
            String key = path.substring(path.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
            JsonNode parent = parentPath.isEmpty() ? document : document.at(parentPath);
            if (parent.isMissingNode()) {
                throw new IllegalArgumentException("patch path " + path + " does not exist in "
                        + document.path("kind").asText() + " " + document.path("metadata").path("name").asText());
            }
            String operation = op.get("op").asText();
            if (parent instanceof ObjectNode object) {
                switch (operation) {
                    case "add" -> object.set(key, op.get("value"));
                    case "replace" -> {
                        requireExists(object.has(key), path, document);
                        object.set(key, op.get("value"));
                    }
                    case "remove" -> {
                        requireExists(object.has(key), path, document);
                        object.remove(key);
                    }
                    default -> throw new IllegalArgumentException("JSON patch op " + operation + " not supported");
                }
            } else if (parent instanceof ArrayNode array) {
                int index = key.equals("-") ? array.size() : Integer.parseInt(key);
                switch (operation) {
                    case "add" -> array.insert(index, op.get("value"));
                    case "replace" -> {
                        requireExists(index < array.size(), path, document);
                        array.set(index, op.get("value"));
                    }
                    case "remove" -> {
                        requireExists(index < array.size(), path, document);
                        array.remove(index);
                    }
                    default -> throw new IllegalArgumentException("JSON patch op " + operation + " not supported");
                }
            } else {
                throw new IllegalArgumentException("patch path " + path + " does not lead into an object or list");
            }
        }

        private static void requireExists(boolean exists, String path, ObjectNode document) {
            if (!exists) {
                throw new IllegalArgumentException("patch path " + path + " does not exist in "
                        + document.path("kind").asText() + " " + document.path("metadata").path("name").asText());
            }
        }
    }

    /**
     * Strategic merge: objects merge field by field, {@code null} removes a field, lists whose items all have a
     * {@code name} merge item by item on it (containers, env, ports, volumes), other lists are replaced.
     */
    static final class StrategicMerge {
        private StrategicMerge() {
        }

        static void merge(ObjectNode target, ObjectNode patch) {
            for (Map.Entry<String, JsonNode> field : patch.properties()) {
                JsonNode value = field.getValue();
                JsonNode current = target.get(field.getKey());
                if (value.isNull()) {
                    target.remove(field.getKey());
                } else if (value.isObject() && current instanceof ObjectNode currentObject) {
                    merge(currentObject, (ObjectNode) value);
                } else if (value.isArray() && current instanceof ArrayNode currentArray && named(currentArray)
                        && named((ArrayNode) value)) {
                    for (JsonNode item : value) {
                        ObjectNode existing = find(currentArray, item.get("name").asText());
                        if (existing == null) {
                            currentArray.add(item.deepCopy());
                        } else {
                            merge(existing, (ObjectNode) item);
                        }
                    }
                } else {
                    target.set(field.getKey(), value.deepCopy());
                }
            }
        }

        private static boolean named(ArrayNode array) {
            for (JsonNode item : array) {
                if (!item.isObject() || !item.has("name")) {
                    return false;
                }
            }
            return !array.isEmpty();
        }

        private static ObjectNode find(ArrayNode array, String name) {
            for (JsonNode item : array) {
                if (item.get("name").asText().equals(name)) {
                    return (ObjectNode) item;
                }
            }
            return null;
        }
    }
}
