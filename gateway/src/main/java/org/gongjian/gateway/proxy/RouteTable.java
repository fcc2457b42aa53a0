package org.gongjian.gateway.proxy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service owns a path: the first segment after {@code /api} decides (API.md), with the exceptions of the
 * activity service, which serves an organization's calendar and a pairing's timeline under the segments of the
 * registry and of the pairing service. Signed receipt links ({@code /r/...}) belong to notification-service.
 * {@code RouteTableTest} checks every public path of every service's OpenAPI document ({@code docs/api}) against it.
 */
public final class RouteTable {

    /** The calendar feed: no session and no bearer token, its own revocable {@code ?token=} is the proof. */
    private static final Pattern CALENDAR_FEED = Pattern.compile("^/api/organizations/[^/]+/calendar\\.ics$");

    private static final List<OwnedPath> EXCEPTIONS = List.of(
            new OwnedPath(CALENDAR_FEED, Backend.ACTIVITY),
            new OwnedPath(Pattern.compile("^/api/organizations/[^/]+/calendar-token$"), Backend.ACTIVITY),
            new OwnedPath(Pattern.compile("^/api/pairings/[^/]+/timeline$"), Backend.ACTIVITY));

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
        if (mayBeException(path)) {
            for (OwnedPath exception : EXCEPTIONS) {
                if (exception.path().matcher(path).matches()) {
                    return Optional.of(exception.owner());
                }
            }
        }
        String rest = path.substring("/api/".length());
        int slash = rest.indexOf('/');
        String segment = slash < 0 ? rest : rest.substring(0, slash);
        return Optional.ofNullable(SEGMENTS.get(segment));
    }

    /** Every exception ends so: most paths (reads by id, lists) are decided without a regular expression. */
    private static boolean mayBeException(String path) {
        return path.endsWith("/calendar.ics") || path.endsWith("/calendar-token") || path.endsWith("/timeline");
    }

    /**
     * Whether the gateway answers a path that every service serves by merging their answers (the operation log,
     * {@code rest.OperationLogResource}) instead of routing it to one of them.
     */
    public static boolean isComposed(String path) {
        return "/api/operation-log".equals(path);
    }

    /**
     * Whether an {@code /api} path answers without a session or bearer token at the gateway: the calendar feed,
     * which a phone's calendar fetches with the token in its URL. The service still checks that token.
     */
    public static boolean isPublic(String path) {
        return path != null && path.endsWith("/calendar.ics") && CALENDAR_FEED.matcher(path).matches();
    }

    private record OwnedPath(Pattern path, Backend owner) {
    }
}
