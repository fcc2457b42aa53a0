package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.messaging.ProjectionRow;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Keeps each activity's start, participants, status and whether it is kept (confirmed by the partner side) for the
 * reminders and the cadence standings, newest version wins.
 */
@ApplicationScoped
public class ActivityProjection {

    private final EntityManager entityManager;

    ActivityProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ActivitySnapshot activity) {
        ProjectionRow.into("activity").key("id", activity.id())
                .set("district", activity.district())
                .set("pairing_id", activity.pairingId())
                .set("title", activity.title())
                .set("starts_at", activity.startsAt())
                .set("location", activity.location())
                .setIds("participant_ids", activity.participantIds())
                .set("status", activity.status().name())
                .set("kept", activity.kept())
                .upsert(entityManager, activity.version());
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
                toOffset(row[3]), (String) row[4], ids(row[5]))).toList();
    }

    private static List<UUID> ids(Object value) {
        try {
            Object array = value instanceof Array sql ? sql.getArray() : value;
            return Arrays.stream((Object[]) array).map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    public record Upcoming(UUID id, String district, String title, OffsetDateTime startsAt, String location,
            List<UUID> participantIds) {
    }
}
