package org.gongjian.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation log's contract, checked over a service's OpenAPI document: every write operation (POST, PUT, PATCH,
 * DELETE) called once with a real token — bodies carry personal-looking probe text and are mostly refused, which is
 * fine, refusals are recorded too — leaves exactly one new entry naming the operation ({@code POST /api/x/{id}}), the
 * answer's status and the first id of the path, and nothing of the body. {@link #appendOnly(DataSource)} checks that
 * the service's own database role can neither update nor delete an entry.
 *
 * <pre>{@code
 * List<String> failures = OperationLogContract.of(Files.readString(Path.of("target/openapi/openapi.json")))
 *         .against(URI.create("http://localhost:" + RestAssured.port))
 *         .token(admin)
 *         .database(dataSource)
 *         .run();
 * }</pre>
 */
public final class OperationLogContract {

    /** Text that must never reach the log: a name, a phone number and an e-mail address. */
    public static final String PROBE = "张探针 13912345678 probe.person@example.org";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode openApi;
    private URI base;
    private String token;
    private DataSource dataSource;
    private BiFunction<String, String, String> pathValues = (template, name) -> null;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> calls = new TreeMap<>();

    private OperationLogContract(JsonNode openApi) {
        this.openApi = openApi;
    }

    public static OperationLogContract of(String openApiJson) {
        try {
            return new OperationLogContract(JSON.readTree(openApiJson));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI document", e);
        }
    }

    public OperationLogContract against(URI base) {
        this.base = base;
        return this;
    }

    /** The {@code Authorization} header value sent with every call. */
    public OperationLogContract token(String bearer) {
        this.token = bearer;
        return this;
    }

    public OperationLogContract database(DataSource dataSource) {
        this.dataSource = dataSource;
        return this;
    }

    /** The value of a path parameter of a template; a random UUID when it answers {@code null}. */
    public OperationLogContract pathValues(BiFunction<String, String, String> values) {
        this.pathValues = values;
        return this;
    }

    /** The write operations of the document, as {@code METHOD /template}. */
    public List<String> operations() {
        List<String> operations = new ArrayList<>();
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (WRITES.contains(method)) {
                operations.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        operations.sort(null);
        return operations;
    }

    /** The status each operation answered in the last {@link #run()}. */
    public Map<String, Integer> calls() {
        return calls;
    }

    /** Calls every write operation once; answers what broke the contract (empty when none). */
    public List<String> run() {
        Objects.requireNonNull(base, "against(base)");
        Objects.requireNonNull(dataSource, "database(dataSource)");
        List<String> failures = new ArrayList<>();
        calls.clear();
        for (String operation : operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            Map<String, String> values = new LinkedHashMap<>();
            Matcher parameters = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameters.find()) {
                String name = parameters.group(1);
                String value = Objects.requireNonNullElseGet(pathValues.apply(template, name), () -> UUID.randomUUID().toString());
                values.put(name, value);
                parameters.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameters.appendTail(path);
            UUID expectedTarget = values.isEmpty() ? null : uuidOrNull(values.values().iterator().next());
            Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
            int status = send(method, path.toString(), requestBody(template, method.toLowerCase()));
            calls.put(operation, status);
            List<Row> rows = rowsSince(before);
            if (rows.size() != 1) {
                failures.add(operation + " → " + status + ": " + rows.size() + " new log entries, expected exactly one: " + rows);
                continue;
            }
            Row row = rows.get(0);
            if (!operation.equals(row.action())) {
                failures.add(operation + ": logged as action '" + row.action() + "'");
            }
            if (row.outcome() != status) {
                failures.add(operation + ": answered " + status + " but logged outcome " + row.outcome());
            }
            if (!Objects.equals(expectedTarget, row.target())) {
                failures.add(operation + ": logged target " + row.target() + ", expected " + expectedTarget);
            }
            for (String part : PROBE.split(" ")) {
                if (row.text().contains(part)) {
                    failures.add(operation + ": the entry holds body text '" + part + "': " + row.text());
                }
            }
        }
        return failures;
    }

    /**
     * Inserts an entry, then tries to change and remove it through {@code dataSource} (the application's own role):
     * answers what succeeded although it must not (empty when the log is append-only).
     */
    public static List<String> appendOnly(DataSource dataSource) {
        List<String> failures = new ArrayList<>();
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO operation_log (id, occurred_at, "
                    + "actor_name, action, outcome) VALUES (?, now(), 'append.only', 'POST /api/append-only', 201)")) {
                insert.setObject(1, id);
                insert.executeUpdate();
            }
            for (String change : List.of("UPDATE operation_log SET outcome = 403 WHERE id = '" + id + "'",
                    "UPDATE operation_log SET actor_name = NULL WHERE id = '" + id + "'",
                    "DELETE FROM operation_log WHERE id = '" + id + "'",
                    "TRUNCATE operation_log")) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(change);
                    failures.add("'" + change + "' succeeded");
                } catch (SQLException refused) {
                    // what must happen
                }
            }
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT outcome, actor_name FROM operation_log WHERE id = '" + id + "'")) {
                if (!row.next() || row.getInt(1) != 201 || !"append.only".equals(row.getString(2))) {
                    failures.add("the entry changed or vanished");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the operation log", e);
        }
        return failures;
    }

    private record Row(String action, int outcome, UUID target, String text) {
    }

    private List<Row> rowsSince(Instant before) {
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT action, outcome, target, t::text FROM operation_log t WHERE occurred_at >= ? ORDER BY occurred_at")) {
            select.setTimestamp(1, Timestamp.from(before));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), result.getInt(2), result.getObject(3, UUID.class), result.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the operation log", e);
        }
        return rows;
    }

    private record Body(String contentType, String text) {
    }

    private Body requestBody(String template, String method) {
        JsonNode content = openApi.path("paths").path(template).path(method).path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return null;
        }
        if (content.has("application/json")) {
            return new Body("application/json", "{\"name\":\"" + PROBE + "\",\"phone\":\"13912345678\"}");
        }
        if (content.has("multipart/form-data")) {
            String boundary = "probe" + UUID.randomUUID().toString().replace("-", "");
            String text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"probe.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + PROBE + "\r\n--" + boundary + "--\r\n";
            return new Body("multipart/form-data; boundary=" + boundary, text);
        }
        String type = content.fieldNames().next();
        return new Body(type.contains("*") ? "text/plain" : type, PROBE);
    }

    private int send(String method, String path, Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, */*;q=0.8");
        if (token != null) {
            request.header("Authorization", token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", body.contentType()).method(method, HttpRequest.BodyPublishers.ofString(body.text()));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " could not be sent", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static UUID uuidOrNull(String value) {
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
