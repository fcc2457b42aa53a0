package org.gongjian.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The few HTTP calls the launcher makes: health probes, token requests, JSON calls with a bearer token. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private Http() {
    }

    /** A response: status and body; {@code status} is -1 when nothing answered. */
    record Response(int status, String body, HttpResponse<String> raw) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            try {
                return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            } catch (IOException e) {
                throw new StackException("not JSON (HTTP " + status + "): " + abbreviate(body), e);
            }
        }

        String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }
    }

    /** GET, answering -1 instead of throwing when nothing listens. */
    static int status(String url) {
        return get(url, null, Duration.ofSeconds(3)).status();
    }

    static Response get(String url, String bearer, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.header("Accept", "application/json");
        return send(b.build());
    }

    static Response postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    static Response sendJson(String method, String url, String bearer, Object payload) {
        return sendJson(method, url, bearer, payload, null);
    }

    /** With an {@code If-Match} header, for updates that need the version last read. */
    static Response sendJson(String method, String url, String bearer, Object payload, String ifMatch) {
        String body;
        try {
            body = payload instanceof String s ? s : JSON.writeValueAsString(payload);
        } catch (IOException e) {
            throw new StackException("cannot write JSON", e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b.build());
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            return new Response(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
