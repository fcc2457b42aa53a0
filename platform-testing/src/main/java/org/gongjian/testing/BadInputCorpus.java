package org.gongjian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A corpus of bad input generated from a service's OpenAPI document: every write endpoint's body, field by field, and
 * every parameter of every list, with values that break the documented rules (control characters, dates outside
 * 1900–2200, numbers for enums, overflowing pages, duplicate keys, ...). {@link #run()} sends each one with a real
 * token and checks: no 5xx; no 2xx for a value that breaks a rule; every refusal is problem+json; and a refused
 * request changed nothing in the database.
 *
 * <pre>{@code
 * Figures figures = BadInputCorpus.of(openApiJson)
 *         .against(baseUri)
 *         .token(operation -> adminToken)
 *         .pathValues((template, name) -> ids.get(template))
 *         .seed("POST /api/organizations", validBody)
 *         .fingerprint(new DatabaseFingerprint(dataSource, Set.of()))
 *         .run();
 * }</pre>
 */
public final class BadInputCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final String DUPLICATE = "\u0001duplicate\u0001";

    /** One request of the corpus. */
    public record Case(String operation, String method, String path, String query, String contentType, String body,
            String label, String field, boolean breaksRule) {
    }

    /** What the corpus found. */
    public record Figures(String service, int requests, int clientErrors, int serverErrors, int accepted,
            int fieldNamed, int refusedWithField, List<String> failures, List<String> unnamed) {

        public String summary() {
            return "bad-input corpus of " + service + ": " + requests + " requests, " + clientErrors + " 4xx, "
                    + serverErrors + " 5xx, " + accepted + " 2xx (none breaking a rule), " + refusedWithField
                    + " refusals of one field, " + fieldNamed + " of them naming it, " + failures.size() + " failures"
                    + (unnamed.isEmpty() ? "" : "\n  refusals not naming their field: " + String.join("\n  ", unnamed));
        }
    }

    private final JsonNode openApi;
    private final String service;
    private URI base;
    private Function<String, String> tokens = operation -> null;
    private BiFunction<String, String, String> pathValues = (template, name) -> null;
    private final Map<String, JsonNode> seeds = new HashMap<>();
    private final Map<String, Map<String, String>> queries = new HashMap<>();
    private DatabaseFingerprint fingerprint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BadInputCorpus(JsonNode openApi) {
        this.openApi = openApi;
        this.service = openApi.path("info").path("title").asText("service");
    }

    public static BadInputCorpus of(String openApiJson) {
        try {
            return new BadInputCorpus(JSON.readTree(openApiJson));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }

    public BadInputCorpus against(URI base) {
        this.base = base;
        return this;
    }

    /** The bearer token (with {@code Bearer }) for an operation such as {@code POST /api/organizations}. */
    public BadInputCorpus token(Function<String, String> byOperation) {
        this.tokens = byOperation;
        return this;
    }

    /** The value of a path parameter of a path template; a random UUID when it answers {@code null}. */
    public BadInputCorpus pathValues(BiFunction<String, String, String> values) {
        this.pathValues = values;
        return this;
    }

    /** A valid body of an operation, which the corpus breaks one field at a time. */
    public BadInputCorpus seed(String operation, Object body) {
        seeds.put(operation, JSON.valueToTree(body));
        return this;
    }

    /** A valid value of a query parameter an operation needs, sent with every request that does not break it. */
    public BadInputCorpus query(String operation, String name, String value) {
        queries.computeIfAbsent(operation, key -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    public BadInputCorpus fingerprint(DatabaseFingerprint fingerprint) {
        this.fingerprint = fingerprint;
        return this;
    }

    /** Every request of the corpus, in order. */
    public List<Case> cases() {
        Schemas.use(openApi);
        List<Case> cases = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            String method = operation.getKey();
            if (!WRITES.contains(method) && !"get".equals(method)) {
                return;
            }
            List<JsonNode> parameters = new ArrayList<>();
            path.getValue().path("parameters").forEach(parameters::add);
            operation.getValue().path("parameters").forEach(parameters::add);
            boolean write = WRITES.contains(method);
            boolean hasQuery = parameters.stream().anyMatch(p -> "query".equals(p.path("in").asText()));
            if (!write && !hasQuery) {
                return;
            }
            Target target = new Target(method.toUpperCase(), path.getKey(), parameters);
            parameters(cases, target);
            if (write) {
                bodies(cases, target, operation.getValue().path("requestBody"));
            }
        }));
        return cases;
    }

    /** Sends the corpus and answers its figures; {@link Figures#failures()} lists what broke the rules. */
    public Figures run() {
        List<Case> cases = cases();
        int clientErrors = 0;
        int serverErrors = 0;
        int accepted = 0;
        int refusedWithField = 0;
        int fieldNamed = 0;
        List<String> failures = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Map<String, String> before = fingerprint == null ? Map.of() : fingerprint.take();
        for (Case c : cases) {
            HttpResponse<String> response = send(c);
            int status = response.statusCode();
            String what = c.operation() + " [" + c.label() + (c.field() == null ? "" : " in " + c.field()) + "] → " + status;
            Map<String, String> after = fingerprint == null ? Map.of() : fingerprint.take();
            if (status >= 500) {
                serverErrors++;
                failures.add(what + ": " + abbreviate(response.body()));
            } else if (status >= 400) {
                clientErrors++;
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    failures.add(what + ": not problem+json");
                }
                if (!after.equals(before)) {
                    failures.add(what + ": refused, yet the database changed in " + changed(before, after));
                }
                if (status == 400 && c.field() != null) {
                    refusedWithField++;
                    if (names(response.body(), c.field())) {
                        fieldNamed++;
                    } else {
                        unnamed.add(what + ": " + abbreviate(response.body()));
                    }
                }
            } else {
                accepted++;
                if (c.breaksRule()) {
                    failures.add(what + ": accepted though it breaks a rule");
                }
            }
            before = after;
        }
        return new Figures(service, cases.size(), clientErrors, serverErrors, accepted, fieldNamed, refusedWithField,
                failures, unnamed);
    }

    private record Target(String method, String template, List<JsonNode> parameters) {

        String operation() {
            return method + " " + template;
        }
    }

    private void parameters(List<Case> cases, Target target) {
        Map<String, String> pathValuesOf = new LinkedHashMap<>();
        for (JsonNode parameter : target.parameters()) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                pathValuesOf.put(name, Objects.requireNonNullElseGet(pathValues.apply(target.template(), name),
                        () -> UUID.randomUUID().toString()));
            }
        }
        String validBody = validBody(target);
        for (JsonNode parameter : target.parameters()) {
            String in = parameter.path("in").asText();
            String name = parameter.path("name").asText();
            JsonNode schema = Schemas.resolve(parameter.path("schema"));
            if ("query".equals(in)) {
                for (BadInput.Text text : BadInput.forParameter(name, schema)) {
                    cases.add(new Case(target.operation(), target.method(), path(target.template(), pathValuesOf),
                            name + "=" + URLEncoder.encode(text.text(), StandardCharsets.UTF_8),
                            validBody == null ? null : "application/json", validBody, text.label(), name, text.breaksRule()));
                }
            } else if ("path".equals(in) && "uuid".equals(schema.path("format").asText())) {
                for (String bad : List.of("not-a-uuid", "%00", "00000000-0000-0000-0000-00000000000g")) {
                    Map<String, String> values = new LinkedHashMap<>(pathValuesOf);
                    values.put(name, bad);
                    cases.add(new Case(target.operation(), target.method(), path(target.template(), values), null,
                            validBody == null ? null : "application/json", validBody, "path " + name + " " + bad, null, true));
                }
            }
        }
        if (target.parameters().stream().anyMatch(p -> "page".equals(p.path("name").asText()))) {
            cases.add(new Case(target.operation(), target.method(), path(target.template(), pathValuesOf),
                    "page=10737419&size=200", null, null, "page × size overflowing an int", "page", true));
        }
    }

    private void bodies(List<Case> cases, Target target, JsonNode requestBody) {
        Map<String, String> values = new LinkedHashMap<>();
        target.parameters().stream().filter(p -> "path".equals(p.path("in").asText())).forEach(p -> values.put(
                p.path("name").asText(), Objects.requireNonNullElseGet(pathValues.apply(target.template(),
                        p.path("name").asText()), () -> UUID.randomUUID().toString())));
        String path = path(target.template(), values);
        JsonNode content = requestBody.path("content");
        if (!content.has("application/json")) {
            if (content.has("multipart/form-data")) {
                cases.add(new Case(target.operation(), target.method(), path, null, "application/json", "{}",
                        "JSON where a form is expected", null, true));
            }
            return;
        }
        JsonNode schema = content.path("application/json").path("schema");
        JsonNode valid = seeds.containsKey(target.operation()) ? seeds.get(target.operation()) : Schemas.example(schema);
        String op = target.operation();
        String m = target.method();
        String json = "application/json";
        cases.add(new Case(op, m, path, null, json, "{", "truncated JSON", null, true));
        cases.add(new Case(op, m, path, null, json, "[]", "array for the body", null, !Schemas.type(schema).equals("array")));
        cases.add(new Case(op, m, path, null, json, "\"text\"", "text for the body", null, true));
        cases.add(new Case(op, m, path, null, json, write(valid) + " {}", "trailing tokens", null, true));
        cases.add(new Case(op, m, path, null, json, "{\"x\":1,\"x\":2}", "duplicate unknown key", null, true));
        cases.add(new Case(op, m, path, null, "text/plain", write(valid), "text/plain body", null, true));
        cases.add(new Case(op, m, path, null, json, "null", "null body", null, false));
        fields(cases, target, path, schema, valid, valid, "");
    }

    private void fields(List<Case> cases, Target target, String path, JsonNode schema, JsonNode root, JsonNode node,
            String prefix) {
        if (!"object".equals(Schemas.type(schema))) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> properties = Schemas.properties(schema);
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode propertySchema = property.getValue();
            JsonNode current = node != null && node.isObject() ? node.get(name) : null;
            for (BadInput.Value value : BadInput.forSchema(Schemas.resolve(propertySchema), current)) {
                cases.add(new Case(target.operation(), target.method(), path, null, "application/json",
                        write(replaced(root, node, name, value.json())), value.label(), field, value.breaksRule()));
            }
            if (node != null && node.isObject()) {
                cases.add(new Case(target.operation(), target.method(), path, null, "application/json",
                        duplicated(root, node, name), "duplicate key", field, true));
            }
            String type = Schemas.type(propertySchema);
            if ("object".equals(type)) {
                if (current != null && current.isObject()) {
                    fields(cases, target, path, propertySchema, root, current, field);
                }
            } else if ("array".equals(type) && "object".equals(Schemas.type(Schemas.items(propertySchema)))) {
                JsonNode element = current != null && current.isArray() && !current.isEmpty() ? current.get(0) : null;
                if (element != null) {
                    fields(cases, target, path, Schemas.items(propertySchema), root, element, field + "[0]");
                }
            }
        }
    }

    /** A copy of the whole body with one property of one of its objects replaced. */
    private static JsonNode replaced(JsonNode root, JsonNode node, String name, JsonNode value) {
        if (node == null || !node.isObject()) {
            return root;
        }
        ObjectNode target = (ObjectNode) node;
        JsonNode old = target.get(name);
        target.set(name, value);
        JsonNode copy = root.deepCopy();
        if (old == null) {
            target.remove(name);
        } else {
            target.set(name, old);
        }
        return copy;
    }

    private static String duplicated(JsonNode root, JsonNode node, String name) {
        ObjectNode target = (ObjectNode) node;
        boolean absent = !target.has(name);
        if (absent) {
            target.set(name, Schemas.example(BadInput.object()));
        }
        target.set(DUPLICATE, target.get(name));
        String text = write(root);
        target.remove(DUPLICATE);
        if (absent) {
            target.remove(name);
        }
        return text.replace("\"" + DUPLICATE.replace("\u0001", "\\u0001") + "\"", "\"" + name + "\"");
    }

    private String validBody(Target target) {
        if (!WRITES.contains(target.method().toLowerCase())) {
            return null;
        }
        JsonNode seed = seeds.get(target.operation());
        return seed == null ? null : write(seed);
    }

    private HttpResponse<String> send(Case c) {
        StringBuilder query = new StringBuilder(c.query() == null ? "" : c.query());
        queries.getOrDefault(c.operation(), Map.of()).forEach((name, value) -> {
            if (c.query() == null || !c.query().startsWith(name + "=")) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        String uri = base.toString().replaceAll("/$", "") + c.path() + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        String token = tokens.apply(c.operation());
        if (token != null) {
            request.header("Authorization", token);
        }
        String etag = currentEtag(c, token);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (c.body() != null) {
            request.header("Content-Type", c.contentType());
            request.method(c.method(), HttpRequest.BodyPublishers.ofString(c.body()));
        } else {
            request.method(c.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(c.operation() + " [" + c.label() + "] could not be sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For an update, the ETag of the thing as it is now, so that the request reaches the checks. */
    private String currentEtag(Case c, String token) {
        if (!conditional(c)) {
            return null;
        }
        String path = c.path();
        for (String candidate : List.of(path, path.substring(0, Math.max(path.lastIndexOf('/'), 0)))) {
            if (candidate.isEmpty() || candidate.contains("%") || !isReadable(c, candidate)) {
                continue;
            }
            HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + candidate))
                    .timeout(Duration.ofSeconds(30)).GET();
            if (token != null) {
                get.header("Authorization", token);
            }
            try {
                HttpResponse<Void> response = http.send(get.build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return response.headers().firstValue("ETag").orElse(null);
                }
            } catch (IOException | IllegalArgumentException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private boolean conditional(Case c) {
        String method = c.method().toLowerCase();
        String template = c.operation().substring(c.operation().indexOf(' ') + 1);
        List<JsonNode> parameters = new ArrayList<>();
        openApi.path("paths").path(template).path("parameters").forEach(parameters::add);
        openApi.path("paths").path(template).path(method).path("parameters").forEach(parameters::add);
        return parameters.stream().anyMatch(p -> "header".equals(p.path("in").asText())
                && "if-match".equalsIgnoreCase(p.path("name").asText()));
    }

    private boolean isReadable(Case c, String candidate) {
        String template = c.operation().substring(c.operation().indexOf(' ') + 1);
        String candidateTemplate = candidate.equals(c.path()) ? template
                : template.substring(0, Math.max(template.lastIndexOf('/'), 0));
        return openApi.path("paths").path(candidateTemplate).has("get");
    }

    private static String path(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static boolean names(String body, String field) {
        try {
            JsonNode errors = JSON.readTree(body).path("errors");
            String bare = field.replace("[0]", "");
            for (JsonNode error : errors) {
                String named = error.path("field").asText().replaceAll("\\[\\d+]", "");
                if (named.equals(bare) || named.startsWith(bare + ".") || named.startsWith(bare + "[") || bare.startsWith(named)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return tables.toString();
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
