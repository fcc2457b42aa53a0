package org.gongjian.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpHeaders;
import java.util.Arrays;

/** One answer of the platform: status, headers and the body (parsed when it is JSON). */
public record Reply(String request, int status, HttpHeaders headers, String body) {

    public JsonNode json() {
        return Json.read(body == null || body.isBlank() ? "{}" : body);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String etag() {
        String etag = header("ETag");
        if (etag == null) {
            throw new AssertionError(request + " answered no ETag");
        }
        return etag;
    }

    public String id() {
        return json().path("id").asText();
    }

    /** This reply when its status is one of {@code expected}; an assertion error naming the request otherwise. */
    public Reply expect(int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == status)) {
            throw new AssertionError(request + " answered " + status + ", expected " + Arrays.toString(expected) + ": "
                    + abbreviated());
        }
        return this;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String abbreviated() {
        return body == null ? "" : body.length() > 800 ? body.substring(0, 800) + "…" : body;
    }

    @Override
    public String toString() {
        return request + " -> " + status + " " + abbreviated();
    }
}
