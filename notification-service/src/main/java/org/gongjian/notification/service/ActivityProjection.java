package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.activity.ActivitySnapshot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Keeps each activity's start, participants and status for the reminders, newest version wins. */
@ApplicationScoped
public class ActivityProjection {

    private final EntityManager entityManager;

    ActivityProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ActivitySnapshot activity) {
        entityManager.createNativeQuery("""
                INSERT INTO activity (id, district, pairing_id, title, starts_at, location, participant_ids, status, version)
                VALUES (:id, :district, :pairing, :title, :startsAt, :location, :participants, :status, :version)
                ON CONFLICT (id) DO UPDATE SET district = EXCLUDED.district, pairing_id = EXCLUDED.pairing_id,
                    title = EXCLUDED.title, starts_at = EXCLUDED.starts_at, location = EXCLUDED.location,
                    participant_ids = EXCLUDED.participant_ids, status = EXCLUDED.status, version = EXCLUDED.version
                WHERE activity.version < EXCLUDED.version""")
                .setParameter("id", activity.id())
                .setParameter("district", activity.district())
                .setParameter("pairing", activity.pairingId())
                .setParameter("title", activity.title())
                .setParameter("startsAt", activity.startsAt())
                .setParameter("location", activity.location())
                .setParameter("participants", Ids.join(activity.participantIds()))
                .setParameter("status", activity.status().name())
                .setParameter("version", activity.version())
                .executeUpdate();
    }

    /** Planned activities that start after {@code now} and no later than {@code until}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Upcoming> startingBetween(Instant now, Instant until) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, district, title, starts_at, location, participant_ids FROM activity
                WHERE status = 'PLANNED' AND starts_at > :now AND starts_at <= :until""", Object[].class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("until", until.atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new Upcoming((UUID) row[0], (String) row[1], (String) row[2],
                toOffset(row[3]), (String) row[4], Ids.split((String) row[5]))).toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    public record Upcoming(UUID id, String district, String title, OffsetDateTime startsAt, String location,
            List<UUID> participantIds) {
    }
}
