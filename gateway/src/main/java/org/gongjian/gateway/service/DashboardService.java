package org.gongjian.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.gateway.proxy.Backend;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Builds the committee's overview: registry stats, pairing coverage, activity stats and receipt summary, asked
 * for in parallel with the caller's token. A service that is down costs only its section (partial answer, 200).
 */
@ApplicationScoped
public class DashboardService {

    private final ServiceReader reader;
    private final Clock clock = Clock.systemDefaultZone();

    DashboardService(ServiceReader reader) {
        this.reader = reader;
    }

    public CompletionStage<DashboardOverview> overview(OverviewQuery query, String accessToken) {
        CompletableFuture<Optional<JsonNode>> organizations = ask(Backend.REGISTRY, "/api/organizations/stats", query, false, accessToken);
        CompletableFuture<Optional<JsonNode>> coverage = ask(Backend.PAIRING, "/api/pairings/coverage", query, false, accessToken);
        CompletableFuture<Optional<JsonNode>> activities = ask(Backend.ACTIVITY, "/api/activities/stats", query, true, accessToken);
        CompletableFuture<Optional<JsonNode>> receipts = ask(Backend.NOTIFICATION, "/api/receipts/summary", query, false, accessToken);
        return CompletableFuture.allOf(organizations, coverage, activities, receipts).thenApply(ignored -> {
            List<String> unavailable = new ArrayList<>();
            JsonNode organizationsSection = section(Backend.REGISTRY, organizations.join(), unavailable);
            JsonNode coverageSection = section(Backend.PAIRING, coverage.join(), unavailable);
            JsonNode activitiesSection = section(Backend.ACTIVITY, activities.join(), unavailable);
            JsonNode receiptsSection = section(Backend.NOTIFICATION, receipts.join(), unavailable);
            return new DashboardOverview(query.district(), OffsetDateTime.now(clock), organizationsSection,
                    coverageSection, activitiesSection, receiptsSection, List.copyOf(unavailable));
        });
    }

    private CompletableFuture<Optional<JsonNode>> ask(Backend backend, String path, OverviewQuery query, boolean period,
            String accessToken) {
        StringJoiner parameters = new StringJoiner("&", "?", "").setEmptyValue("");
        if (query.cityWide()) {
            parameters.add("district=" + URLEncoder.encode(query.district(), StandardCharsets.UTF_8));
        }
        if (period) {
            query.from().ifPresent(from -> parameters.add("from=" + from));
            query.to().ifPresent(to -> parameters.add("to=" + to));
        }
        return reader.read(backend, path + parameters, accessToken).toCompletableFuture();
    }

    private static JsonNode section(Backend backend, Optional<JsonNode> answer, List<String> unavailable) {
        if (answer.isEmpty()) {
            unavailable.add(backend.serviceName());
            return null;
        }
        return answer.get();
    }
}
