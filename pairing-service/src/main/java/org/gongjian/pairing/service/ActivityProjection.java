package org.gongjian.pairing.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.activity.ActivityEvent;
import org.gongjian.events.activity.ActivitySnapshot;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.cadence.CadenceMissed;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.messaging.ProjectionRow;
import org.gongjian.pairing.config.PairingConfig;
import org.gongjian.pairing.domain.Pairing;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * What evaluations need of activity-service: each held activity of a pairing (status, start, and in {@code confirmed}
 * whether it is kept, i.e. counts toward cadence; version-guarded) and each period a pairing missed its cadence. An
 * activity whose dispute the committee upheld is kept with status {@code VOID}, so that it counts nowhere. Events of a
 * pairing this district does not hold are ignored.
 * <p>
 * A miss is withdrawn when the kept activities of its period reach what the cadence required: a partner side that
 * confirms late makes the period kept after all, and evaluations then count it as activity-service's cadence does.
 * This is checked after every activity and every miss, whichever of the two topics is read first.
 */
@ApplicationScoped
public class ActivityProjection {

    private static final Logger LOG = Logger.getLogger(ActivityProjection.class);
    /** The status kept for a held activity whose dispute was upheld. */
    static final String VOID = "VOID";

    private final EntityManager entityManager;
    private final PairingConfig config;

    ActivityProjection(EntityManager entityManager, PairingConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** A held activity (recorded, confirmed, corrected, disputed, decided); planned and cancelled ones change nothing here. */
    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
    public void apply(ActivityEvent event) {
        ActivitySnapshot activity = event.activity();
        if (activity.status() != ActivityStatus.HELD) {
            return;
        }
        if (!pairingOf(activity.pairingId(), activity.district())) {
            return;
        }
        ProjectionRow.into("activity_record").key("id", activity.id())
                .set("pairing_id", activity.pairingId())
                .set("district", activity.district())
                .set("status", activity.voided() ? VOID : activity.status().name())
                .set("starts_at", activity.startsAt())
                .set("confirmed", activity.kept())
                .upsert(entityManager, activity.version());
        withdrawMissesKeptAfterAll(activity.pairingId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @WithSpan
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
        withdrawMissesKeptAfterAll(period.pairingId());
    }

    /** Deletes the misses of a pairing whose periods now have as many kept activities as the cadence required. */
    private void withdrawMissesKeptAfterAll(UUID pairingId) {
        int withdrawn = entityManager.createNativeQuery("""
                DELETE FROM cadence_miss m
                WHERE m.pairing_id = :pairingId
                  AND m.required <= (SELECT count(*) FROM activity_record a
                                     WHERE a.pairing_id = m.pairing_id AND a.status = 'HELD' AND a.confirmed
                                       AND a.starts_at >= CAST(m.period_start AS timestamp) AT TIME ZONE :zone
                                       AND a.starts_at < CAST(m.period_end AS timestamp) AT TIME ZONE :zone)""")
                .setParameter("pairingId", pairingId)
                .setParameter("zone", config.zone().getId())
                .executeUpdate();
        if (withdrawn > 0) {
            LOG.infof("Withdrew %d cadence misses of pairing %s: kept after all", withdrawn, pairingId);
        }
    }

    private boolean pairingOf(UUID pairingId, String district) {
        boolean known = Pairing.count("id = ?1 and district = ?2", pairingId, district) > 0;
        if (!known) {
            LOG.warnf("Ignored an event of pairing %s in district %s: no such pairing there", pairingId, district);
        }
        return known;
    }
}
