package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.CadenceStanding;
import org.gongjian.activity.domain.PairingView;
import org.gongjian.activity.domain.Period;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Counts a pairing's activities in one period (local days of the configured zone): those kept (held and confirmed by
 * the partner side, or a dispute of them dismissed), which decide compliance, and beside them those held and awaiting
 * confirmation (of which some disputed). An activity whose dispute was upheld counts nowhere.
 */
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
                       count(*) FILTER (WHERE kept),
                       count(*) FILTER (WHERE status = 'HELD' AND dispute_raised_by IS NOT NULL AND dispute_outcome IS NULL)
                FROM activity WHERE pairing_id = :pairing AND starts_at >= :start AND starts_at < :end AND NOT voided""")
                .setParameter("pairing", pairing.id)
                .setParameter("start", period.start().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("end", period.end().atStartOfDay(config.zone()).toOffsetDateTime())
                .getSingleResult();
        int held = ((Number) row[0]).intValue();
        int kept = ((Number) row[1]).intValue();
        int disputed = ((Number) row[2]).intValue();
        return new Compliance(pairing.id, pairing.district, period, pairing.cadenceCount, held, kept, held - kept, disputed,
                CadenceStanding.of(period, pairing.cadenceCount, kept, today));
    }

    /**
     * One pairing in one period.
     *
     * @param held                 held activities, whether confirmed or not (a dispute upheld takes one away)
     * @param kept                 those that count: confirmed, or a dispute dismissed
     * @param awaitingConfirmation held but not kept, {@code disputed} of them with a dispute the committee has not decided
     */
    public record Compliance(UUID pairingId, String district, Period period, int required, int held, int kept,
            int awaitingConfirmation, int disputed, CadenceStanding standing) {
    }
}
