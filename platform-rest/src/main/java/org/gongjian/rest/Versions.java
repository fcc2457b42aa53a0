package org.gongjian.rest;

import jakarta.ws.rs.core.Response;

/**
 * Optimistic locking over HTTP: reads answer an {@code ETag} of the version, updates send it back in
 * {@code If-Match} and get 412 when someone else changed the resource in between.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The answer of a read or a change of a versioned thing: the entity, and its version as the {@code ETag} that the
     * next change sends back in {@code If-Match}.
     * <pre>{@code
     * return Versions.withEtag(Response.ok(), PairingMapper.response(view), view.pairing().version());
     * }</pre>
     */
    public static Response withEtag(Response.ResponseBuilder builder, Object entity, long version) {
        return builder.entity(entity).header("ETag", etag(version)).build();
    }

    /** The version an {@code If-Match} header names; 428 when it is missing, 400 when it is not ours. */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", ProblemTitles.detail("precondition-required"));
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", ProblemTitles.field("not-etag"));
        }
    }

    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (fromIfMatch(ifMatch) != currentVersion) {
            throw new ProblemException(412, "stale", ProblemTitles.detail("stale-version", currentVersion));
        }
    }
}
