package org.gongjian.pairing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.pairing.domain.Pairing;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * What evaluations need of activity-service: each activity of a pairing (status, start, confirmed; version-guarded)
 * and each period a pairing missed its cadence. Events of a pairing this district does not hold are ignored.
 */
@ApplicationScoped
public class ActivityProjection {

    private static final Logger LOG = Logger.getLogger(ActivityProjection.class);

    private final EntityManager entityManager;

    ActivityProjection(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ActivityEvent event) {
        ActivitySnapshot activity = event.activity();
        if (!pairingOf(activity.pairingId(), activity.district())) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO activity_record (id, pairing_id, district, status, starts_at, confirmed, version)
                VALUES (:id, :pairingId, :district, :status, :startsAt, :confirmed, :version)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, starts_at = EXCLUDED.starts_at,
                    confirmed = EXCLUDED.confirmed, version = EXCLUDED.version
                WHERE activity_record.version < EXCLUDED.version""")
                .setParameter("id", activity.id())
                .setParameter("pairingId", activity.pairingId())
                .setParameter("district", activity.district())
                .setParameter("status", activity.status().name())
                .setParameter("startsAt", activity.startsAt())
                .setParameter("confirmed", activity.confirmedBy() != null)
                .setParameter("version", activity.version())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CadenceMissed event) {
        CadencePeriodSnapshot period = event.period();
        if (!pairingOf(period.pairingId(), period.district())) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO cadence_miss (pairing_id, period_start, period_end, district, required, held, confirmed)
                VALUES (:pairingId, :start, :end, :district, :required, :held, :confirmed)
                ON CONFLICT (pairing_id, period_start) DO UPDATE SET period_end = EXCLUDED.period_end,
                    required = EXCLUDED.required, held = EXCLUDED.held, confirmed = EXCLUDED.confirmed""")
                .setParameter("pairingId", period.pairingId())
                .setParameter("start", period.periodStart())
                .setParameter("end", period.periodEnd())
                .setParameter("district", period.district())
                .setParameter("required", period.required())
                .setParameter("held", period.held())
                .setParameter("confirmed", period.confirmed())
                .executeUpdate();
    }

    private boolean pairingOf(UUID pairingId, String district) {
        boolean known = Pairing.count("id = ?1 and district = ?2", pairingId, district) > 0;
        if (!known) {
            LOG.warnf("Ignored an event of pairing %s in district %s: no such pairing there", pairingId, district);
        }
        return known;
    }
}
