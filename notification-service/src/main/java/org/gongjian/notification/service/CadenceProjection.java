package org.gongjian.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.events.cadence.CadenceAtRisk;
import org.gongjian.events.cadence.CadenceEvent;
import org.gongjian.events.cadence.CadencePeriodSnapshot;
import org.gongjian.notification.config.NotificationConfig;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * How pairings stand against their cadence, for the daily digest: each period at risk ({@code cadence.at-risk}) or
 * missed ({@code cadence.missed}). A standing is withdrawn once the kept (confirmed) activities of its period reach
 * what the cadence required: a partner side that confirms late makes the period kept after all. This is checked after
 * every activity and every cadence event, whichever topic is read first; periods are reckoned in the district's zone.
 */
@ApplicationScoped
public class CadenceProjection {

    private static final Logger LOG = Logger.getLogger(CadenceProjection.class);

    private final EntityManager entityManager;
    private final NotificationConfig config;

    CadenceProjection(EntityManager entityManager, NotificationConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CadenceEvent event) {
        CadencePeriodSnapshot period = event.period();
        entityManager.createNativeQuery("""
                INSERT INTO cadence_standing (pairing_id, period_start, kind, district, period_end, required, held, confirmed)
                VALUES (:pairingId, :start, :kind, :district, :end, :required, :held, :confirmed)
                ON CONFLICT (pairing_id, period_start, kind) DO UPDATE SET period_end = EXCLUDED.period_end,
                    required = EXCLUDED.required, held = EXCLUDED.held, confirmed = EXCLUDED.confirmed""")
                .setParameter("pairingId", period.pairingId())
                .setParameter("start", period.periodStart())
                .setParameter("kind", event instanceof CadenceAtRisk ? "AT_RISK" : "MISSED")
                .setParameter("district", period.district())
                .setParameter("end", period.periodEnd())
                .setParameter("required", period.required())
                .setParameter("held", period.held())
                .setParameter("confirmed", period.confirmed())
                .executeUpdate();
        withdrawKeptAfterAll(period.pairingId(), period.district());
    }

    /** Deletes the standings of a pairing whose periods now have as many kept activities as the cadence required. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawKeptAfterAll(UUID pairingId, String district) {
        int withdrawn = entityManager.createNativeQuery("""
                DELETE FROM cadence_standing s
                WHERE s.pairing_id = :pairingId
                  AND s.required <= (SELECT count(*) FROM activity a
                                     WHERE a.pairing_id = s.pairing_id AND a.status = 'HELD' AND a.kept
                                       AND a.starts_at >= CAST(s.period_start AS timestamp) AT TIME ZONE :zone
                                       AND a.starts_at < CAST(s.period_end AS timestamp) AT TIME ZONE :zone)""")
                .setParameter("pairingId", pairingId)
                .setParameter("zone", config.digest().zoneOf(district).getId())
                .executeUpdate();
        if (withdrawn > 0) {
            LOG.infof("Withdrew %d cadence standings of pairing %s: kept after all", withdrawn, pairingId);
        }
    }
}
