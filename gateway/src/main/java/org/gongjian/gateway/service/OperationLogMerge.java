package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.gateway.proxy.Backend;
import org.gongjian.rest.operationlog.OperationCursor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One operation log out of the four services' logs. Each service pages its own log newest first by (time, id); a
 * step asks every service for a page after the same cursor, merges the answers in that order and keeps the first
 * {@code size}: whatever belongs to the merged page is in its service's page, so nothing is skipped or repeated.
 * The last entry kept is the next step's cursor. Ids compare as text, as PostgreSQL orders uuids.
 */
@ApplicationScoped
public class OperationLogMerge {

    static final Comparator<JsonNode> NEWEST_FIRST = Comparator
            .comparing((JsonNode entry) -> Instant.parse(entry.path("occurredAt").asText()))
            .thenComparing(entry -> entry.path("id").asText()).reversed();

    private final ServiceReader reader;

    OperationLogMerge(ServiceReader reader) {
        this.reader = reader;
    }

    /** A merged page: its entries, the count of all (first page only), the next cursor, the services that did not answer. */
    public record Step(List<JsonNode> items, Long total, String next, List<String> unavailable) {
    }

    /**
     * One step of the merged log. {@code filters} are the validated query parameters (without {@code size} and
     * {@code after}) sent to each of {@code backends}.
     */
    public Step step(List<Backend> backends, Map<String, String> filters, int size, String after, String accessToken) {
        Map<Backend, CompletableFuture<Optional<JsonNode>>> answers = new LinkedHashMap<>();
        for (Backend backend : backends) {
            answers.put(backend, reader.read(backend, "/api/operation-log" + query(filters, size, after), accessToken)
                    .toCompletableFuture());
        }
        List<JsonNode> entries = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        long total = 0;
        boolean more = false;
        for (Map.Entry<Backend, CompletableFuture<Optional<JsonNode>>> answer : answers.entrySet()) {
            Optional<JsonNode> page = answer.getValue().join();
            if (page.isEmpty()) {
                unavailable.add(answer.getKey().serviceName());
                continue;
            }
            page.get().path("items").forEach(entries::add);
            total += page.get().path("total").asLong(0);
            more |= !page.get().path("next").isNull() && !page.get().path("next").isMissingNode();
        }
        entries.sort(NEWEST_FIRST);
        more |= entries.size() > size;
        List<JsonNode> items = List.copyOf(entries.subList(0, Math.min(size, entries.size())));
        String next = more && !items.isEmpty() ? cursorAfter(items.get(items.size() - 1)) : null;
        return new Step(items, after == null ? total : null, next, List.copyOf(unavailable));
    }

    private static String cursorAfter(JsonNode entry) {
        return new OperationCursor(Instant.parse(entry.path("occurredAt").asText()),
                UUID.fromString(entry.path("id").asText())).encode();
    }

    private static String query(Map<String, String> filters, int size, String after) {
        StringBuilder query = new StringBuilder("?size=").append(size);
        filters.forEach((name, value) -> query.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        if (after != null) {
            query.append("&after=").append(after);
        }
        return query.toString();
    }
}
