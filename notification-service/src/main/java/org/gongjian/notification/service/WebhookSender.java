package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * POSTs a webhook delivery to its endpoint with {@code X-Gongjian-Timestamp}, {@code X-Gongjian-Signature} and
 * {@code X-Gongjian-Event-Id}; a 2xx answer is success, anything else (or no answer, a redirect, a target that now
 * resolves to an internal address) a failed attempt.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebhookOutcomes outcomes;
    private final NotificationConfig config;
    private final Clock clock;
    private final WebhookTargets targets;
    private final HttpClient http;

    WebhookSender(WebhookOutcomes outcomes, NotificationConfig config, Clock clock, WebhookTargets targets) {
        this.outcomes = outcomes;
        this.config = config;
        this.clock = clock;
        this.targets = targets;
        // a redirect could lead anywhere, past the check of the target: it counts as a failed attempt
        this.http = HttpClient.newBuilder().connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public void send(DeliveryQueue.Claimed delivery) {
        UUID endpointId = UUID.fromString(delivery.target());
        var secret = outcomes.secretOfEnabled(endpointId);
        if (secret.isEmpty()) {
            outcomes.abandoned(delivery);
            return;
        }
        var refusal = targets.refusal(delivery.address());
        if (refusal.isPresent()) {
            outcomes.attempted(delivery, endpointId, null, "target refused: " + refusal.get(), 0);
            return;
        }
        Attempt attempt = post(delivery.address(), secret.get(), delivery.eventId(), delivery.payload());
        outcomes.attempted(delivery, endpointId, attempt.status(), attempt.error(), attempt.millis());
    }

    /** One signed POST, outside any transaction: its status (null without an answer), error and duration. */
    Attempt post(String url, String secret, UUID eventId, String payload) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Gongjian-Timestamp", timestamp)
                    .header("X-Gongjian-Signature", WebhookSigner.signature(secret, timestamp, payload))
                    .header("X-Gongjian-Event-Id", eventId.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                error = "HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new Attempt(status, error, (System.nanoTime() - started) / 1_000_000);
    }

    /** What one POST gave: the answer's status (null without one), an error (null on a 2xx), how long it took. */
    record Attempt(Integer status, String error, long millis) {
    }
}
