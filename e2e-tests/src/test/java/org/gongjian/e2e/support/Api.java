package org.gongjian.e2e.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests to the platform through the gateway, as one caller: a bearer token, or none. A 429 from the gateway's rate
 * limiter is waited out (Retry-After) and the request repeated, as a well-behaved client would.
 */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The body of a form without fields, sent as a browser sends it. */
    private static final Object EMPTY_FORM = new Object();

    private final String baseUrl;
    private final String bearer;
    private final String who;

    private Api(String baseUrl, String bearer, String who) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
        this.who = who;
    }

    /** Calls with a user's token from Keycloak. */
    public static Api as(String username) {
        return new Api(PlatformStack.gatewayUrl(), Users.token(username), username);
    }

    /** Calls with a given bearer token (forged, expired, ...). */
    public static Api withToken(String token, String description) {
        return new Api(PlatformStack.gatewayUrl(), token, description);
    }

    /** Calls without any token. */
    public static Api anonymous() {
        return new Api(PlatformStack.gatewayUrl(), null, "anonymous");
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    /** A GET as a browser makes it (accepting HTML), e.g. following a link from an e-mail. */
    public Reply getPage(String path) {
        return send("GET", path, null, null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    /** A GET that accepts a given media type, e.g. {@code text/calendar} as a phone's calendar asks for a feed. */
    public Reply get(String path, String accept) {
        return send("GET", path, null, null, accept);
    }

    /** A browser's submission of a form without fields (a page's button), accepting HTML. */
    public Reply submitForm(String path) {
        return send("POST", path, EMPTY_FORM, null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, null);
    }

    public Reply post(String path, Object body, String ifMatch) {
        return send("POST", path, body, ifMatch);
    }

    public Reply put(String path, Object body, String ifMatch) {
        return send("PUT", path, body, ifMatch);
    }

    private Reply send(String method, String path, Object body, String ifMatch) {
        return send(method, path, body, ifMatch, "application/json");
    }

    private Reply send(String method, String path, Object body, String ifMatch, String accept) {
        String url = path.startsWith("http") ? path : baseUrl + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body == EMPTY_FORM ? "" : Json.write(body),
                                StandardCharsets.UTF_8));
        if (body == EMPTY_FORM) {
            b.header("Content-Type", "application/x-www-form-urlencoded");
        } else if (body != null) {
            b.header("Content-Type", "application/json; charset=utf-8");
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        String description = method + " " + path + " as " + who;
        HttpResponse<String> r = exchange(b, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8), description);
        return new Reply(description, r.statusCode(), r.headers(), r.body());
    }

    /** A GET of a file (a spreadsheet, a zip), kept as bytes. */
    public Download download(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        String description = "GET " + path + " as " + who;
        HttpResponse<byte[]> r = exchange(b, HttpResponse.BodyHandlers.ofByteArray(), description);
        return new Download(description, r.statusCode(), r.headers(), r.body());
    }

    /** Sends the request; a 429 is waited out (Retry-After, 1–5 s) and the request repeated, up to ten times. */
    private static <T> HttpResponse<T> exchange(HttpRequest.Builder b, HttpResponse.BodyHandler<T> body, String description) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<T> r;
            try {
                r = CLIENT.send(b.build(), body);
            } catch (IOException e) {
                throw new AssertionError(description + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(description + " interrupted", e);
            }
            if (r.statusCode() == 429 && attempt < 10) {
                long seconds = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 5))));
                continue;
            }
            return r;
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
