package org.gongjian.notification.service;

import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.notification.config.NotificationConfig;

import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * POSTs a webhook delivery to its endpoint with {@code X-Gongjian-Timestamp}, {@code X-Gongjian-Signature} and
 * {@code X-Gongjian-Event-Id}; a 2xx answer is success, anything else (or no answer, a redirect, a target that now
 * resolves to an internal address) a failed attempt. The request connects to the address the check of the target
 * saw ({@link PinnedPost}), so a DNS answer that changes between the check and the connection cannot move it.
 */
@ApplicationScoped
public class WebhookSender {

    private final WebhookOutcomes outcomes;
    private final Clock clock;
    private final WebhookTargets targets;
    private final PinnedPost http;
    private final OutcomeWriter writer;

    WebhookSender(WebhookOutcomes outcomes, NotificationConfig config, Clock clock, WebhookTargets targets, Vertx vertx,
            OutcomeWriter writer) {
        this.outcomes = outcomes;
        this.writer = writer;
        this.clock = clock;
        this.targets = targets;
        // to the address checked, never re-resolved; a redirect could lead anywhere: it counts as a failed attempt
        this.http = new PinnedPost(vertx, config.webhooks().timeout());
    }

    @PreDestroy
    void close() {
        http.close();
    }

    public void send(DeliveryQueue.Claimed delivery) {
        UUID endpointId = UUID.fromString(delivery.target());
        var secret = outcomes.secretOfEnabled(endpointId);
        if (secret.isEmpty()) {
            outcomes.abandoned(delivery);
            return;
        }
        Attempt attempt = post(delivery.address(), secret.get(), delivery.eventId(), delivery.payload());
        writer.write("a webhook attempt", () -> outcomes.attempted(delivery, endpointId, attempt.status(), attempt.error(),
                attempt.millis()));
    }

    /**
     * Checks the target, then one signed POST to the address checked, outside any transaction: its status (null
     * without an answer), error and duration.
     */
    Attempt post(String url, String secret, UUID eventId, String payload) {
        var target = targets.check(url);
        if (target.refusal().isPresent()) {
            return new Attempt(null, "target refused: " + target.refusal().get(), 0);
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            status = http.send(URI.create(url), target.address(), Map.of(
                    "Content-Type", "application/json; charset=utf-8",
                    "X-Gongjian-Timestamp", timestamp,
                    "X-Gongjian-Signature", WebhookSigner.signature(secret, timestamp, payload),
                    "X-Gongjian-Event-Id", eventId.toString()), payload);
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
