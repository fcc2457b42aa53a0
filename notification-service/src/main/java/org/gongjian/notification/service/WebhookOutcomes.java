package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.messaging.Backoff;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Channel;
import org.gongjian.notification.domain.WebhookEndpoint;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What a webhook attempt leaves behind: a {@code webhook_attempt} row; the delivery SENT, or RETRY after a
 * {@link Backoff} (first, doubled, capped) until it has failed for the give-up period, then DEAD; and after
 * sustained failure the endpoint disabled and its organization told.
 */
@ApplicationScoped
public class WebhookOutcomes {

    private static final Logger LOG = Logger.getLogger(WebhookOutcomes.class);

    private final EntityManager entityManager;
    private final DeliveryQueue queue;
    private final WebhookDisabledNotices disabledNotices;
    private final NotificationMetrics metrics;
    private final NotificationConfig config;
    private final Backoff backoff;
    private final Clock clock;

    WebhookOutcomes(EntityManager entityManager, DeliveryQueue queue, WebhookDisabledNotices disabledNotices,
            NotificationMetrics metrics, NotificationConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.disabledNotices = disabledNotices;
        this.metrics = metrics;
        this.config = config;
        this.backoff = new Backoff(config.webhooks().firstBackoff(), config.webhooks().longestBackoff());
        this.clock = clock;
    }

    @Transactional
    public Optional<String> secretOfEnabled(UUID endpointId) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(endpointId);
        return endpoint == null || !endpoint.enabled ? Optional.empty() : Optional.of(endpoint.secret);
    }

    @Transactional
    public void abandoned(DeliveryQueue.Claimed delivery) {
        queue.dead(delivery.id(), OffsetDateTime.now(clock), "endpoint removed or disabled");
    }

    @Transactional
    public void attempted(DeliveryQueue.Claimed delivery, UUID endpointId, Integer status, String error, long millis) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        entityManager.createNativeQuery("""
                INSERT INTO webhook_attempt (delivery_id, endpoint_id, attempted_at, status_code, error, duration_ms)
                VALUES (:delivery, :endpoint, :now, :status, :error, :millis)""")
                .setParameter("delivery", delivery.id())
                .setParameter("endpoint", endpointId)
                .setParameter("now", now)
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("millis", millis)
                .executeUpdate();
        WebhookEndpoint endpoint = WebhookEndpoint.findById(endpointId);
        if (error == null) {
            queue.sent(delivery.id(), now);
            metrics.delivery(Channel.WEBHOOK, "sent");
            if (endpoint != null) {
                endpoint.succeeded();
            }
            return;
        }
        LOG.infof("Webhook %s to %s failed (attempt %d): %s", delivery.id(), delivery.address(), delivery.attempts(), error);
        OffsetDateTime next = now.plus(backoff.afterFailures(delivery.attempts()));
        if (next.isAfter(delivery.firstAttemptAt().plus(config.webhooks().giveUpAfter()))) {
            queue.dead(delivery.id(), now, error);
            metrics.delivery(Channel.WEBHOOK, "dead");
        } else {
            queue.retry(delivery.id(), next, error);
            metrics.delivery(Channel.WEBHOOK, "retry");
        }
        if (endpoint != null && endpoint.failed(now, config.webhooks().disableAfterFailures(), config.webhooks().disableAfter())) {
            LOG.warnf("Webhook endpoint %s of organization %s disabled after %d failures", endpoint.id,
                    endpoint.organizationId, endpoint.consecutiveFailures);
            queue.abandonWebhooks(endpoint.id, "endpoint disabled after sustained failure");
            disabledNotices.tell(endpoint);
        }
    }
}
