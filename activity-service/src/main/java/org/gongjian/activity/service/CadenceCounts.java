package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.CadenceStanding;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.activity.domain.Period;

import java.time.LocalDate;
import java.util.UUID;

/** Counts a pairing's held and confirmed activities in one period (local days of the configured zone). */
@ApplicationScoped
public class CadenceCounts {

    private final EntityManager entityManager;
    private final ActivityConfig config;

    CadenceCounts(EntityManager entityManager, ActivityConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    public Compliance of(PairingView pairing, Period period, LocalDate today) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT count(*) FILTER (WHERE status = 'HELD'),
                       count(*) FILTER (WHERE status = 'HELD' AND confirmed_by IS NOT NULL)
                FROM activity WHERE pairing_id = :pairing AND starts_at >= :start AND starts_at < :end""")
                .setParameter("pairing", pairing.id)
                .setParameter("start", period.start().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("end", period.end().atStartOfDay(config.zone()).toOffsetDateTime())
                .getSingleResult();
        int held = ((Number) row[0]).intValue();
        int confirmed = ((Number) row[1]).intValue();
        return new Compliance(pairing.id, pairing.district, period, pairing.cadenceCount, held, confirmed,
                CadenceStanding.of(period, pairing.cadenceCount, held, today));
    }

    /** One pairing in one period. */
    public record Compliance(UUID pairingId, String district, Period period, int required, int held, int confirmed,
            CadenceStanding standing) {
    }
}
