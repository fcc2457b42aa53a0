package org.gongjian.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The workload's way in: the gateway instances taken in turn, the next one tried when one refuses the connection (as a
 * load balancer in front of them would). Every answer is recorded in the current {@link RequestTally}.
 */
public final class Gateways {

    static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> urls;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicReference<RequestTally> tally = new AtomicReference<>(new RequestTally());

    public Gateways(List<String> urls) {
        this.urls = List.copyOf(urls);
    }

    /** Starts counting into a new tally, and returns the previous one. */
    public RequestTally newTally() {
        return tally.getAndSet(new RequestTally());
    }

    /** An answer: status ({@link RequestTally#NO_ANSWER} when no gateway answered), headers and body. */
    public record Answer(int status, String body, HttpResponse<String> raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        public String header(String name) {
            return raw == null ? null : raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer send(String method, String path, String token, Object body, String ifMatch) {
        long t0 = System.nanoTime();
        Answer answer = attempt(method, path, token, body, ifMatch);
        tally.get().record(answer.status(), (System.nanoTime() - t0) / 1_000_000);
        return answer;
    }

    /**
     * Repeats a request while {@code notYetProjected} says so of its answer (a projection that has not caught up yet:
     * the service learns of an organization or a pairing from another's events a moment later), and records the last
     * answer only.
     */
    public Answer sendUntilProjected(String method, String path, String token, Object body, Duration patience,
                                     java.util.function.Predicate<Answer> notYetProjected) {
        long t0 = System.nanoTime();
        long deadline = t0 + patience.toNanos();
        Answer answer;
        while (true) {
            answer = attempt(method, path, token, body, null);
            if (!notYetProjected.test(answer) || System.nanoTime() > deadline) {
                break;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        tally.get().record(answer.status(), (System.nanoTime() - t0) / 1_000_000);
        return answer;
    }

    private Answer attempt(String method, String path, String token, Object body, String ifMatch) {
        int first = Math.floorMod(turn.getAndIncrement(), urls.size());
        String payload;
        try {
            payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        Answer last = new Answer(RequestTally.NO_ANSWER, "no gateway", null);
        for (int i = 0; i < urls.size(); i++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get((first + i) % urls.size()) + path))
                    .timeout(Duration.ofSeconds(40))
                    .header("Accept", "application/json")
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (payload != null) {
                b.header("Content-Type", "application/json; charset=utf-8");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                b.header("If-Match", ifMatch);
            }
            try {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(r.statusCode(), r.body(), r);
            } catch (ConnectException e) {
                last = new Answer(RequestTally.NO_ANSWER, e.toString(), null); // refused: the next gateway
            } catch (HttpTimeoutException e) {
                return new Answer(RequestTally.NO_ANSWER, e.toString(), null);
            } catch (IOException e) {
                // the connection broke after the request went out: it may have been applied, so it is not repeated
                return new Answer(RequestTally.NO_ANSWER, e.toString(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(RequestTally.NO_ANSWER, "interrupted", null);
            }
        }
        return last;
    }
}
