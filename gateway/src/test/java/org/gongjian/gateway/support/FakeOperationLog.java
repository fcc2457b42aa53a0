package org.gongjian.gateway.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A service's operation log as the stand-in services answer it: five entries per service, interleaved in time
 * (registry newest), paged newest first by (time, id) with {@code size} and {@code after} like the real ones.
 */
public final class FakeOperationLog {

    public static final Instant NEWEST = Instant.parse("2026-05-30T08:00:00Z");
    public static final List<String> SERVICES = List.of("registry-service", "pairing-service", "activity-service",
            "notification-service");

    private FakeOperationLog() {
    }

    record Entry(String id, Instant at, String service, int outcome) {
    }

    /** Entry {@code k} (0 newest) of a service: every service's k-th entry lies k × 4 + its index seconds before NEWEST. */
    public static Instant timeOf(String service, int k) {
        return NEWEST.minusSeconds(k * 4L + SERVICES.indexOf(service));
    }

    /**
     * The {@code actor} filter that makes a service answer unreadable JSON to the page after the merged log's first
     * page of six (a cursor newer than {@link #NEWEST} minus 8 s), and only to that one: a service that fails one
     * step of a numbered page and answers the others.
     */
    public static String silentOnSecondPage(String service) {
        return "silent-on-second-page:" + service;
    }

    static String page(String service, String district, String query) {
        int size = Integer.parseInt(parameter(query, "size", "20"));
        String after = parameter(query, "after", null);
        if (silentOnSecondPage(service).equals(parameter(query, "actor", null)) && after != null
                && Instant.parse(new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(",")[0])
                        .isAfter(NEWEST.minusSeconds(8))) {
            return "{\"items\":[";
        }
        List<Entry> entries = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            entries.add(new Entry(UUID.nameUUIDFromBytes((service + k).getBytes(StandardCharsets.UTF_8)).toString(),
                    timeOf(service, k), service, k == 2 ? 403 : 201));
        }
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::id).reversed());
        if (after != null) {
            String[] cursor = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(",");
            Instant at = Instant.parse(cursor[0]);
            entries.removeIf(e -> e.at().isAfter(at) || e.at().equals(at) && e.id().compareTo(cursor[1]) >= 0);
        }
        boolean more = entries.size() > size;
        List<Entry> items = entries.subList(0, Math.min(size, entries.size()));
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < items.size(); i++) {
            Entry e = items.get(i);
            json.append(i == 0 ? "" : ",").append("""
                    {"id":"%s","service":"%s","occurredAt":"%s","actor":{"subject":"s","name":"管理员甲"},\
                    "role":"district-admin","organizationId":null,"district":"%s","action":"POST /api/x/{id}",\
                    "target":"%s","outcome":%d}""".formatted(e.id(), service, e.at(), district, e.id(), e.outcome()));
        }
        json.append("],\"size\":").append(size).append(",\"total\":").append(after == null ? "5" : "null")
                .append(",\"next\":").append(more ? "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                        (items.get(items.size() - 1).at() + "," + items.get(items.size() - 1).id()).getBytes(StandardCharsets.UTF_8)) + "\"" : "null")
                .append('}');
        return json.toString();
    }

    private static String parameter(String query, String name, String fallback) {
        if (query == null) {
            return fallback;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return fallback;
    }
}
