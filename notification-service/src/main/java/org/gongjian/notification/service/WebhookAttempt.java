package org.gongjian.notification.service;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One POST to an endpoint: when, the answer's status (none when it never answered), the error (none on a 2xx), how
 * long it took, and whether it was a test delivery its owner sent.
 */
public record WebhookAttempt(long id, UUID deliveryId, UUID eventId, OffsetDateTime attemptedAt, Integer statusCode,
        String error, long durationMs, boolean test) {

    public boolean succeeded() {
        return error == null;
    }
}
