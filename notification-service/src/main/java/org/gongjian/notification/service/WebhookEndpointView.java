package org.gongjian.notification.service;

import org.gongjian.notification.domain.WebhookEndpoint;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A webhook endpoint as read, with its signing secret (which the API shows only when it is registered). */
public record WebhookEndpointView(UUID id, UUID organizationId, String url, String description, boolean enabled,
        int consecutiveFailures, OffsetDateTime disabledAt, OffsetDateTime createdAt, String secret) {

    static WebhookEndpointView of(WebhookEndpoint endpoint) {
        return new WebhookEndpointView(endpoint.id, endpoint.organizationId, endpoint.url, endpoint.description,
                endpoint.enabled, endpoint.consecutiveFailures, endpoint.disabledAt, endpoint.createdAt, endpoint.secret);
    }
}
