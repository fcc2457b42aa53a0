package org.gongjian.gateway.proxy;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a path: the first segment after {@code /api} decides (API.md), with one exception, an
 * organization's calendar, which activity-service serves under the registry's segment. Signed receipt links
 * ({@code /r/...}) belong to notification-service.
 */
public final class RouteTable {

    private static final Pattern CALENDAR = Pattern.compile("^/api/organizations/[^/]+/calendar\\.ics$");

    private static final Map<String, Backend> SEGMENTS = Map.ofEntries(
            Map.entry("organizations", Backend.REGISTRY),
            Map.entry("pairings", Backend.PAIRING),
            Map.entry("launches", Backend.PAIRING),
            Map.entry("demands", Backend.PAIRING),
            Map.entry("activities", Backend.ACTIVITY),
            Map.entry("cadence", Backend.ACTIVITY),
            Map.entry("notifications", Backend.NOTIFICATION),
            Map.entry("receipts", Backend.NOTIFICATION),
            Map.entry("notification-preferences", Backend.NOTIFICATION),
            Map.entry("webhooks", Backend.NOTIFICATION));

    private RouteTable() {
    }

    /** The owning service of a request path (without query), or empty when the gateway answers it itself. */
    public static Optional<Backend> ownerOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        if (path.startsWith("/r/")) {
            return Optional.of(Backend.NOTIFICATION);
        }
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        if (CALENDAR.matcher(path).matches()) {
            return Optional.of(Backend.ACTIVITY);
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(SEGMENTS.get(segment));
    }
}
