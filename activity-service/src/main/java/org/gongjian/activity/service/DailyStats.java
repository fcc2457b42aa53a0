package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.AttendanceCount;
import org.gongjian.activity.domain.PairingView;

import java.time.LocalDate;

/**
 * Keeps {@code activity_daily_stats} in step with the activities, in the same transaction as each change:
 * the old contribution of an activity is taken away and the new one added. An activity whose dispute was upheld
 * contributes nothing; attendance is summed for everyone and for the lead side (the partner side is the rest).
 */
@ApplicationScoped
public class DailyStats {

    private final EntityManager entityManager;
    private final ActivityConfig config;

    DailyStats(EntityManager entityManager, ActivityConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** What an activity contributes to the statistics, taken before a change. */
    public Contribution of(Activity activity) {
        PairingView pairing = PairingView.findById(activity.pairingId);
        AttendanceCount.Totals lead = AttendanceCount.Totals.NONE;
        for (AttendanceCount count : activity.attendance) {
            if (pairing != null && count.organizationId.equals(pairing.leadId)) {
                lead = lead.plus(count);
            }
        }
        return new Contribution(activity.district, LocalDate.ofInstant(activity.startsAt, config.zone()),
                activity.type.name(), activity.status.name(), !activity.isVoided(), activity.isKept(),
                activity.totalAttendance(), lead);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(Contribution before, Activity after) {
        if (before != null) {
            add(before, -1);
        }
        add(of(after), 1);
    }

    private void add(Contribution c, int sign) {
        if (!c.counted()) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO activity_daily_stats (district, day, type, status, activities, kept, full_members, probationary,
                                                  others, lead_full, lead_probationary, lead_others)
                VALUES (:district, :day, :type, :status, :n, :kept, :full, :probationary, :others, :leadFull,
                        :leadProbationary, :leadOthers)
                ON CONFLICT (district, day, type, status) DO UPDATE SET
                    activities = activity_daily_stats.activities + EXCLUDED.activities,
                    kept = activity_daily_stats.kept + EXCLUDED.kept,
                    lead_full = activity_daily_stats.lead_full + EXCLUDED.lead_full,
                    lead_probationary = activity_daily_stats.lead_probationary + EXCLUDED.lead_probationary,
                    lead_others = activity_daily_stats.lead_others + EXCLUDED.lead_others,
                    full_members = activity_daily_stats.full_members + EXCLUDED.full_members,
                    probationary = activity_daily_stats.probationary + EXCLUDED.probationary,
                    others = activity_daily_stats.others + EXCLUDED.others""")
                .setParameter("district", c.district())
                .setParameter("day", c.day())
                .setParameter("type", c.type())
                .setParameter("status", c.status())
                .setParameter("n", sign)
                .setParameter("kept", c.kept() ? sign : 0)
                .setParameter("leadFull", c.lead().times(sign).full())
                .setParameter("leadProbationary", c.lead().times(sign).probationary())
                .setParameter("leadOthers", c.lead().times(sign).others())
                .setParameter("full", c.attendance().times(sign).full())
                .setParameter("probationary", c.attendance().times(sign).probationary())
                .setParameter("others", c.attendance().times(sign).others())
                .executeUpdate();
    }

    /**
     * @param counted  false for an activity whose dispute was upheld: it adds nothing
     * @param kept     it counts toward cadence
     * @param lead     the lead side's part of {@code attendance}
     */
    public record Contribution(String district, LocalDate day, String type, String status, boolean counted, boolean kept,
            AttendanceCount.Totals attendance, AttendanceCount.Totals lead) {
    }
}
