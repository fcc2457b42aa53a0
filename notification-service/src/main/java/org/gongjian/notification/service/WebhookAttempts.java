package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.rest.Page;
import org.gongjian.rest.PageQuery;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The attempts log of webhook endpoints ({@code webhook_attempt}): a test delivery's record, and an endpoint's list. */
@ApplicationScoped
public class WebhookAttempts {

    private final EntityManager entityManager;

    WebhookAttempts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * A test delivery as one delivery row, already SENT or DEAD (the dispatcher never takes it up again), and its one
     * attempt. It leaves the endpoint's failure count alone: a test neither disables nor mends an endpoint.
     */
    @Transactional
    public WebhookAttempt recordTest(WebhookService.TestTarget target, UUID eventId, String payload,
            WebhookSender.Attempt attempt, OffsetDateTime at) {
        UUID deliveryId = UUID.randomUUID();
        entityManager.createNativeQuery("""
                INSERT INTO delivery (id, event_id, channel, target, address, payload, status, attempts, next_attempt_at,
                    first_attempt_at, sent_at, last_error, created_at)
                VALUES (:id, :event, 'WEBHOOK', :target, :address, :payload, :status, 1, :at, :at, :sent, :error, :at)""")
                .setParameter("id", deliveryId)
                .setParameter("event", eventId)
                .setParameter("target", target.endpointId().toString())
                .setParameter("address", target.url())
                .setParameter("payload", payload)
                .setParameter("status", attempt.error() == null ? "SENT" : "DEAD")
                .setParameter("at", at)
                .setParameter("sent", attempt.error() == null ? at : null)
                .setParameter("error", attempt.error())
                .executeUpdate();
        Number id = (Number) entityManager.createNativeQuery("""
                INSERT INTO webhook_attempt (delivery_id, endpoint_id, attempted_at, status_code, error, duration_ms, test)
                VALUES (:delivery, :endpoint, :at, :status, :error, :millis, true) RETURNING id""")
                .setParameter("delivery", deliveryId)
                .setParameter("endpoint", target.endpointId())
                .setParameter("at", at)
                .setParameter("status", attempt.status())
                .setParameter("error", attempt.error())
                .setParameter("millis", attempt.millis())
                .getSingleResult();
        return new WebhookAttempt(id.longValue(), deliveryId, eventId, at, attempt.status(), attempt.error(),
                attempt.millis(), true);
    }

    /** An endpoint's attempts, newest first (the only order: {@code attemptedAt}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<WebhookAttempt> ofEndpoint(UUID endpointId, PageQuery query) {
        long total = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM webhook_attempt WHERE endpoint_id = :endpoint")
                .setParameter("endpoint", endpointId).getSingleResult()).longValue();
        String direction = query.ascending() ? "ASC" : "DESC";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT a.id, a.delivery_id, d.event_id, a.attempted_at, a.status_code, a.error, a.duration_ms, a.test
                FROM webhook_attempt a JOIN delivery d ON d.id = a.delivery_id
                WHERE a.endpoint_id = :endpoint
                ORDER BY a.attempted_at %s, a.id %s""".formatted(direction, direction))
                .setParameter("endpoint", endpointId)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultList();
        return Page.of(rows.stream().map(WebhookAttempts::attempt).toList(), query, total);
    }

    private static WebhookAttempt attempt(Object[] row) {
        return new WebhookAttempt(((Number) row[0]).longValue(), (UUID) row[1], (UUID) row[2], offset(row[3]),
                row[4] == null ? null : ((Number) row[4]).intValue(), (String) row[5], ((Number) row[6]).longValue(),
                (Boolean) row[7]);
    }

    private static OffsetDateTime offset(Object value) {
        return switch (value) {
            case OffsetDateTime time -> time;
            case java.time.Instant instant -> instant.atOffset(ZoneOffset.UTC);
            case java.sql.Timestamp timestamp -> timestamp.toInstant().atOffset(ZoneOffset.UTC);
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
