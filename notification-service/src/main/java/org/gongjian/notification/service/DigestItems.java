package org.gongjian.notification.service;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.notification.config.NotificationConfig;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What a district committee should look at on a day, from this service's own projections and notices:
 * <ul>
 * <li>overdue pairings: a missed cadence period (not withdrawn) that ended most recently, listed until the period after
 * it ends too;</li>
 * <li>pairings at risk in the current period;</li>
 * <li>receipts pending longer than {@code receipts.remind-after} (3 days), per pairing;</li>
 * <li>demands raised since the day before; demands past their due date and still unanswered.</li>
 * </ul>
 * Only active pairings are named.
 */
@ApplicationScoped
@Startup
public class DigestItems {

    private final EntityManager entityManager;
    private final NotificationConfig config;

    DigestItems(EntityManager entityManager, NotificationConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    public record Items(List<Map<String, Object>> overduePairings, List<Map<String, Object>> atRiskPairings,
            List<Map<String, Object>> pendingReceipts, List<Map<String, Object>> newDemands,
            List<Map<String, Object>> overdueDemands) {

        public int count() {
            return overduePairings.size() + atRiskPairings.size() + pendingReceipts.size() + newDemands.size()
                    + overdueDemands.size();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Items of(String district, LocalDate day, Instant now) {
        return new Items(cadence(district, day, "MISSED", "s.period_end <= :day AND :day < s.period_end + (s.period_end - s.period_start)"),
                cadence(district, day, "AT_RISK", "s.period_start <= :day AND :day < s.period_end"),
                pendingReceipts(district, now),
                newDemands(district, now),
                overdueDemands(district, day));
    }

    private List<Map<String, Object>> cadence(String district, LocalDate day, String kind, String when) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.title, s.period_start, s.period_end, s.required, s.held, s.confirmed
                FROM cadence_standing s JOIN pairing p ON p.id = s.pairing_id AND p.status = 'ACTIVE'
                WHERE s.district = :district AND s.kind = :kind AND %s
                ORDER BY s.period_start, p.title""".formatted(when), Object[].class)
                .setParameter("district", district).setParameter("kind", kind).setParameter("day", day)
                .getResultList();
        return rows.stream().map(row -> Map.<String, Object>of("title", row[0], "periodStart", date(row[1]),
                "periodEnd", date(row[2]).minusDays(1), "required", row[3], "held", row[4], "confirmed", row[5],
                "awaiting", Math.max(0, ((Number) row[4]).intValue() - ((Number) row[5]).intValue()))).toList();
    }

    private List<Map<String, Object>> pendingReceipts(String district, Instant now) {
        ZoneId zone = config.digest().zoneOf(district);
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT COALESCE(p.title, ''), count(*), min(n.created_at)
                FROM notice n LEFT JOIN pairing p ON p.id = n.subject_id
                WHERE n.district = :district AND n.receipt_required AND n.acknowledged_at IS NULL
                  AND n.created_at <= :sentBefore
                GROUP BY n.subject_id, p.title
                ORDER BY min(n.created_at), 1""", Object[].class)
                .setParameter("district", district)
                .setParameter("sentBefore", now.minus(config.receipts().remindAfter()).atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> Map.<String, Object>of("title", row[0], "pending", row[1],
                "sentOn", instant(row[2]).atZone(zone).toLocalDate())).toList();
    }

    private List<Map<String, Object>> newDemands(String district, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT d.title, COALESCE(p.title, ''), d.due_on FROM demand d LEFT JOIN pairing p ON p.id = d.pairing_id
                WHERE d.district = :district AND d.raised_at > :since AND d.raised_at <= :now
                ORDER BY d.raised_at, d.title""", Object[].class)
                .setParameter("district", district)
                .setParameter("since", now.minus(java.time.Duration.ofDays(1)).atOffset(ZoneOffset.UTC))
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> Map.<String, Object>of("title", row[0], "pairing", row[1],
                "dueOn", date(row[2]))).toList();
    }

    private List<Map<String, Object>> overdueDemands(String district, LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT d.title, COALESCE(p.title, ''), d.due_on FROM demand d LEFT JOIN pairing p ON p.id = d.pairing_id
                WHERE d.district = :district AND d.status IN ('OPEN', 'ACCEPTED') AND d.due_on < :day
                ORDER BY d.due_on, d.title""", Object[].class)
                .setParameter("district", district).setParameter("day", day)
                .getResultList();
        return rows.stream().map(row -> Map.<String, Object>of("title", row[0], "pairing", row[1],
                "dueOn", date(row[2]))).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : ((Timestamp) value).toInstant();
    }
}
