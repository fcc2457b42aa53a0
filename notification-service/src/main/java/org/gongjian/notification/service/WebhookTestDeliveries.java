package org.gongjian.notification.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A test delivery an endpoint's owner sends: a signed request like every notice's, of type {@code WEBHOOK_TEST}, sent
 * at once and answered with its attempt. The sender checks the target first, as before every send; the POST runs between two
 * short transactions, never inside one.
 */
@ApplicationScoped
public class WebhookTestDeliveries {

    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final WebhookPayloads payloads;
    private final WebhookAttempts attempts;
    private final Clock clock;

    WebhookTestDeliveries(WebhookService webhooks, WebhookSender sender,
            WebhookPayloads payloads, WebhookAttempts attempts, Clock clock) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.payloads = payloads;
        this.attempts = attempts;
        this.clock = clock;
    }

    @WithSpan
    public WebhookAttempt send(WebhookService.Manager manager, UUID endpointId) {
        WebhookService.TestTarget target = webhooks.testTarget(manager, endpointId);
        UUID eventId = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        String payload = payloads.test(eventId, target, now);
        WebhookSender.Attempt attempt = sender.post(target.url(), target.secret(), eventId, payload);
        return attempts.recordTest(target, eventId, payload, attempt, now);
    }
}
