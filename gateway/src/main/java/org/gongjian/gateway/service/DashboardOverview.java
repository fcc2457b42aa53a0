package org.gongjian.gateway.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A district's figures from four services in one answer. Each section is the owning service's answer as it gave
 * it; a section is {@code null} when its service did not answer, and that service is named in {@code unavailable}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DashboardOverview(
        String district,
        OffsetDateTime generatedAt,
        JsonNode organizations,
        JsonNode coverage,
        JsonNode activities,
        JsonNode receipts,
        List<String> unavailable) {
}
