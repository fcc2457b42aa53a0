package org.gongjian.activity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.Activity;
import org.gongjian.activity.domain.AttendanceCount;

import java.time.LocalDate;

/**
 * Keeps {@code activity_daily_stats} in step with the activities, in the same transaction as each change:
 * the old contribution of an activity is taken away and the new one added.
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
        return new Contribution(activity.district, LocalDate.ofInstant(activity.startsAt, config.zone()),
                activity.type.name(), activity.status.name(), activity.totalAttendance());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(Contribution before, Activity after) {
        if (before != null) {
            add(before, -1);
        }
        add(of(after), 1);
    }

    private void add(Contribution c, int sign) {
        entityManager.createNativeQuery("""
                INSERT INTO activity_daily_stats (district, day, type, status, activities, full_members, probationary, others)
                VALUES (:district, :day, :type, :status, :n, :full, :probationary, :others)
                ON CONFLICT (district, day, type, status) DO UPDATE SET
                    activities = activity_daily_stats.activities + EXCLUDED.activities,
                    full_members = activity_daily_stats.full_members + EXCLUDED.full_members,
                    probationary = activity_daily_stats.probationary + EXCLUDED.probationary,
                    others = activity_daily_stats.others + EXCLUDED.others""")
                .setParameter("district", c.district())
                .setParameter("day", c.day())
                .setParameter("type", c.type())
                .setParameter("status", c.status())
                .setParameter("n", sign)
                .setParameter("full", c.attendance().times(sign).full())
                .setParameter("probationary", c.attendance().times(sign).probationary())
                .setParameter("others", c.attendance().times(sign).others())
                .executeUpdate();
    }

    public record Contribution(String district, LocalDate day, String type, String status, AttendanceCount.Totals attendance) {
    }
}
