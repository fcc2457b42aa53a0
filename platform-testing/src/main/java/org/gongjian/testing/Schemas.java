package org.gongjian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/** Reading OpenAPI 3 schemas: references, types, and a plausible valid value for each. */
final class Schemas {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static JsonNode document = MissingNode.getInstance();

    private Schemas() {
    }

    static void use(JsonNode openApi) {
        document = openApi;
    }

    /** The schema itself, with references followed and {@code allOf} of one taken apart. */
    static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current.has("$ref")) {
                String name = current.get("$ref").asText().replace("#/components/schemas/", "");
                current = document.path("components").path("schemas").path(name);
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else if (current.has("oneOf") || current.has("anyOf")) {
                JsonNode choices = current.has("oneOf") ? current.get("oneOf") : current.get("anyOf");
                JsonNode chosen = choices.get(0);
                for (JsonNode choice : choices) {
                    if (!"null".equals(choice.path("type").asText())) {
                        chosen = choice;
                        break;
                    }
                }
                current = chosen;
            } else {
                return current;
            }
        }
        return current == null ? MissingNode.getInstance() : current;
    }

    static String type(JsonNode schema) {
        JsonNode type = resolve(schema).path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        JsonNode resolved = resolve(schema);
        if (resolved.has("properties")) {
            return "object";
        }
        return resolved.has("enum") ? "string" : "";
    }

    static JsonNode items(JsonNode schema) {
        return resolve(resolve(schema).path("items"));
    }

    static Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        return resolve(schema).path("properties").fields();
    }

    /** A value the schema accepts, as plausible as it can say. */
    static JsonNode example(JsonNode raw) {
        JsonNode schema = resolve(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String format = schema.path("format").asText("");
        return switch (type(schema)) {
            case "string" -> switch (format) {
                case "date" -> JSON.textNode("2025-06-01");
                case "date-time" -> JSON.textNode("2025-06-01T09:30:00+08:00");
                case "uuid" -> JSON.textNode(UUID.randomUUID().toString());
                default -> JSON.textNode("共建示例");
            };
            case "integer", "number" -> JSON.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
            case "boolean" -> JSON.booleanNode(true);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                array.add(example(items(schema)));
                yield array;
            }
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                properties(schema).forEachRemaining(property -> object.set(property.getKey(), example(property.getValue())));
                yield object;
            }
            default -> JSON.textNode("x");
        };
    }
}
