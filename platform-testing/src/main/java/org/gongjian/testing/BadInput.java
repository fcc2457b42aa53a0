package org.gongjian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The bad values the corpus tries, by what an OpenAPI schema says a value is. {@code breaksRule} marks a value that
 * breaks a documented rule (the bounds of platform-rest, the schema's own limits): it must never be accepted.
 */
final class BadInput {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    record Value(String label, JsonNode json, boolean breaksRule) {
    }

    record Text(String label, String text, boolean breaksRule) {
    }

    private BadInput() {
    }

    static List<Value> forSchema(JsonNode schema, JsonNode valid) {
        List<Value> values = new ArrayList<>();
        values.add(new Value("null", JSON.nullNode(), false));
        String type = Schemas.type(schema);
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            values.add(new Value("enum as number 0", JSON.numberNode(0), true));
            values.add(new Value("enum as number 1", JSON.numberNode(1), true));
            values.add(new Value("unknown enum value", JSON.textNode("NOT_A_VALUE"), true));
            values.add(new Value("enum with NUL", JSON.textNode("BRANCH\u0000"), true));
            values.add(new Value("enum as object", JSON.objectNode().put("name", "x"), true));
            return values;
        }
        switch (type) {
            case "string" -> {
                switch (format) {
                    case "date" -> dates(values);
                    case "date-time" -> times(values);
                    case "uuid" -> {
                        values.add(new Value("malformed uuid", JSON.textNode("not-a-uuid"), true));
                        values.add(new Value("uuid as number", JSON.numberNode(12345), true));
                        values.add(new Value("uuid with NUL", JSON.textNode("\u0000"), true));
                    }
                    default -> texts(values, schema);
                }
                values.add(new Value("object for a scalar", JSON.objectNode().put("x", 1), true));
                values.add(new Value("array for a scalar", JSON.arrayNode().add("x"), true));
            }
            case "integer", "number" -> {
                boolean long64 = "int64".equals(format);
                values.add(new Value("integer overflow", JSON.numberNode(long64
                        ? new BigInteger("9223372036854775808") : BigInteger.valueOf(2147483648L)), true));
                values.add(new Value("negative overflow", JSON.numberNode(long64
                        ? new BigInteger("-9223372036854775809") : BigInteger.valueOf(-2147483649L)), true));
                values.add(new Value("fraction for an integer", JSON.numberNode(1.5), "integer".equals(type)));
                values.add(new Value("negative", JSON.numberNode(-1), schema.path("minimum").asDouble(-1) >= 0));
                values.add(new Value("maximum int", JSON.numberNode(Integer.MAX_VALUE),
                        schema.has("maximum") && schema.path("maximum").asDouble() < Integer.MAX_VALUE));
                values.add(new Value("text for a number", JSON.textNode("twelve"), true));
                values.add(new Value("object for a number", JSON.objectNode(), true));
            }
            case "boolean" -> {
                values.add(new Value("word for a boolean", JSON.textNode("perhaps"), true));
                values.add(new Value("object for a boolean", JSON.objectNode(), true));
            }
            case "array" -> {
                JsonNode element = valid != null && valid.isArray() && !valid.isEmpty() ? valid.get(0)
                        : Schemas.example(Schemas.items(schema));
                ArrayNode huge = JSON.arrayNode();
                for (int i = 0; i < 10_000; i++) {
                    huge.add(element);
                }
                values.add(new Value("10,000 elements", huge, schema.has("maxItems")));
                values.add(new Value("the same element twice", JSON.arrayNode().add(element).add(element), false));
                values.add(new Value("object for an array", JSON.objectNode().put("x", 1), true));
                values.add(new Value("[null]", JSON.arrayNode().addNull(), false));
            }
            case "object" -> {
                values.add(new Value("text for an object", JSON.textNode("x"), true));
                values.add(new Value("array for an object", JSON.arrayNode(), true));
                values.add(new Value("number for an object", JSON.numberNode(42), true));
            }
            default -> {
            }
        }
        return values;
    }

    private static void texts(List<Value> values, JsonNode schema) {
        values.add(new Value("NUL", JSON.textNode("共建\u0000"), true));
        values.add(new Value("BEL", JSON.textNode("共建\u0007"), true));
        values.add(new Value("ESC sequence", JSON.textNode("\u001b[31m共建"), true));
        values.add(new Value("DEL", JSON.textNode("共建\u007f"), true));
        values.add(new Value("C1 control", JSON.textNode("共建\u0085"), true));
        values.add(new Value("line break", JSON.textNode("共建\n第二行"), false));
        values.add(new Value("blank", JSON.textNode("   "), false));
        int max = schema.path("maxLength").asInt(0);
        values.add(new Value("100,001 characters", JSON.textNode("共".repeat(Math.max(max + 1, 100_001))), max > 0));
        values.add(new Value("number for a text", JSON.numberNode(12345), false));
    }

    private static void dates(List<Value> values) {
        values.add(new Value("year -5000", JSON.textNode("-5000-01-01"), true));
        values.add(new Value("year +999999999", JSON.textNode("+999999999-12-31"), true));
        values.add(new Value("year 1899", JSON.textNode("1899-12-31"), true));
        values.add(new Value("year 2201", JSON.textNode("2201-01-01"), true));
        values.add(new Value("epoch number for a date", JSON.numberNode(1748736000L), true));
        values.add(new Value("date-time for a date", JSON.textNode("2025-06-01T00:00:00Z"), true));
        values.add(new Value("date-time with offset for a date", JSON.textNode("2025-06-01T08:00:00+08:00"), true));
        values.add(new Value("February 30", JSON.textNode("2025-02-30"), true));
    }

    private static void times(List<Value> values) {
        values.add(new Value("year -5000", JSON.textNode("-5000-01-01T00:00:00Z"), true));
        values.add(new Value("year +999999999", JSON.textNode("+999999999-12-31T23:59:59+08:00"), true));
        values.add(new Value("year 1899", JSON.textNode("1899-12-31T00:00:00+08:00"), true));
        values.add(new Value("epoch number for a time", JSON.numberNode(1748736000L), true));
        values.add(new Value("fractional epoch for a time", JSON.numberNode(1748736000.5), true));
        values.add(new Value("date for a date-time", JSON.textNode("2025-06-01"), true));
        values.add(new Value("time without offset", JSON.textNode("2025-06-01T09:30:00"), true));
    }

    /** Bad values of a query or path parameter. */
    static List<Text> forParameter(String name, JsonNode schema) {
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("NUL", "x\u0000", true));
        texts.add(new Text("ESC", "\u001b[31m", true));
        texts.add(new Text("line break", "a\nb", true));
        texts.add(new Text("1,001 characters", "x".repeat(1001), true));
        String type = Schemas.type(schema);
        String format = schema.path("format").asText("");
        switch (name) {
            case "page" -> {
                texts.add(new Text("negative page", "-1", true));
                texts.add(new Text("page 2147483647", "2147483647", true));
                texts.add(new Text("page beyond the bound", "1000001", true));
                texts.add(new Text("page overflowing an int", "99999999999", true));
                texts.add(new Text("fractional page", "1.5", true));
            }
            case "size" -> {
                texts.add(new Text("size 0", "0", true));
                texts.add(new Text("size 201", "201", true));
                texts.add(new Text("size 2147483647", "2147483647", true));
                texts.add(new Text("negative size", "-1", true));
            }
            case "sort" -> {
                texts.add(new Text("unknown sort field", "password,asc", true));
                texts.add(new Text("unknown direction", "createdAt,sideways", true));
            }
            case "year" -> {
                texts.add(new Text("year -5000", "-5000", true));
                texts.add(new Text("year 999999999", "999999999", true));
                texts.add(new Text("year overflowing an int", "99999999999", true));
            }
            default -> {
            }
        }
        if ("date".equals(format) || name.equals("from") || name.equals("to") || name.endsWith("On")) {
            texts.add(new Text("year -5000", "-5000-01-01", true));
            texts.add(new Text("year +999999999", "+999999999-12-31", true));
            texts.add(new Text("epoch number for a date", "1748736000", true));
            texts.add(new Text("February 30", "2025-02-30", true));
        }
        if ("uuid".equals(format) || name.endsWith("Id") || name.equals("id") || name.equals("subtreeOf")) {
            texts.add(new Text("malformed uuid", "not-a-uuid", true));
        }
        if ("integer".equals(type) && !name.equals("page") && !name.equals("size") && !name.equals("year")) {
            texts.add(new Text("integer overflow", "99999999999", true));
            texts.add(new Text("text for an integer", "twelve", true));
        }
        if (schema.has("enum")) {
            texts.add(new Text("unknown enum value", "NOT_A_VALUE", true));
            texts.add(new Text("enum as number", "0", true));
        } else if (!"integer".equals(type)) {
            texts.add(new Text("unknown value", "NOT_A_VALUE", false));
            texts.add(new Text("far period", "+999999999-01", false));
        }
        return texts;
    }

    static ObjectNode object() {
        return JSON.objectNode();
    }
}
