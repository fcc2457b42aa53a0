package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.config.NotificationConfig;
import org.gongjian.notification.domain.Channel;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The delivery state machine in the database: PENDING → SENDING → SENT | RETRY (next_attempt_at) → … | DEAD.
 * Claiming uses {@code FOR UPDATE SKIP LOCKED}, so instances dispatching side by side never take the same row.
 */
@ApplicationScoped
public class DeliveryQueue {

    private final EntityManager entityManager;
    private final NotificationConfig config;

    DeliveryQueue(EntityManager entityManager, NotificationConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Takes up to {@code limit} due deliveries, marking them SENDING; first returns ones stuck in SENDING. */
    @Transactional
    public List<Claimed> claim(int limit, OffsetDateTime now) {
        entityManager.createNativeQuery("""
                UPDATE delivery SET status = 'RETRY', next_attempt_at = :now
                WHERE status = 'SENDING' AND claimed_at < :stuck""")
                .setParameter("now", now)
                .setParameter("stuck", now.minus(config.dispatch().stuckAfter()))
                .executeUpdate();
        List<Object[]> rows = entityManager.createNativeQuery("""
                UPDATE delivery SET status = 'SENDING', claimed_at = :now, attempts = attempts + 1,
                    first_attempt_at = COALESCE(first_attempt_at, :now)
                WHERE id IN (SELECT id FROM delivery WHERE status IN ('PENDING', 'RETRY') AND next_attempt_at <= :now
                             ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING id, event_id, notice_id, channel, target, address, payload, attempts, first_attempt_at""",
                Object[].class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Claimed((UUID) row[0], (UUID) row[1], (UUID) row[2],
                Channel.valueOf((String) row[3]), (String) row[4], (String) row[5], (String) row[6],
                ((Number) row[7]).intValue(), toOffset(row[8]))).toList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void sent(UUID id, OffsetDateTime now) {
        update("UPDATE delivery SET status = 'SENT', sent_at = :now, last_error = NULL WHERE id = :id", id, now, null);
    }

    /** Marks deliveries sent, with one update. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void sentAll(List<UUID> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                UPDATE delivery SET status = 'SENT', sent_at = :now, last_error = NULL
                WHERE id = ANY (CAST(:ids AS uuid[]))""")
                .setParameter("ids", ids.toArray(UUID[]::new))
                .setParameter("now", now)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void retry(UUID id, OffsetDateTime at, String error) {
        update("UPDATE delivery SET status = 'RETRY', next_attempt_at = :now, last_error = :error WHERE id = :id",
                id, at, error);
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void dead(UUID id, OffsetDateTime now, String error) {
        update("UPDATE delivery SET status = 'DEAD', next_attempt_at = :now, last_error = :error WHERE id = :id",
                id, now, error);
    }

    /** Gives up every undelivered request to an endpoint that was disabled or removed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandonWebhooks(UUID endpointId, String reason) {
        entityManager.createNativeQuery("""
                UPDATE delivery SET status = 'DEAD', last_error = :reason
                WHERE channel = 'WEBHOOK' AND target = :target AND status IN ('PENDING', 'RETRY')""")
                .setParameter("reason", reason)
                .setParameter("target", endpointId.toString())
                .executeUpdate();
    }

    private void update(String sql, UUID id, OffsetDateTime time, String error) {
        var query = entityManager.createNativeQuery(sql).setParameter("id", id).setParameter("now", time);
        if (error != null) {
            query.setParameter("error", truncate(error));
        }
        query.executeUpdate();
    }

    private static String truncate(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A delivery taken for sending; {@code attempts} counts this one. */
    public record Claimed(UUID id, UUID eventId, UUID noticeId, Channel channel, String target, String address,
            String payload, int attempts, OffsetDateTime firstAttemptAt) {
    }
}
