package org.gongjian.activity.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.gongjian.activity.config.ActivityConfig;
import org.gongjian.activity.domain.Period;
import org.gongjian.events.activity.ActivityStatus;
import org.gongjian.events.activity.ActivityType;
import org.gongjian.events.pairing.CadencePeriod;
import org.gongjian.rest.Bounds;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.Texts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The district overview for dashboards. Activity figures come from {@code activity_daily_stats} (a few rows per day,
 * whatever the number of activities); compliance counts each active pairing's kept activities in its last complete
 * period on the (pairing_id, starts_at) index, by the same rule as {@link CadenceCounts}. An activity whose dispute was
 * upheld is in none of the figures.
 */
@ApplicationScoped
public class StatsQueries {

    private static final Texts TEXTS = Texts.of("activity");

    private final EntityManager entityManager;
    private final Scope scope;
    private final ActivityConfig config;
    private final Clock clock;

    StatsQueries(EntityManager entityManager, Scope scope, ActivityConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    @WithSpan
    public ActivityStats overview(String requestedDistrict, LocalDate from, LocalDate to) {
        String district = scope.district(requestedDistrict);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        LocalDate start = from != null ? from : today.withDayOfMonth(1);
        LocalDate end = to != null ? to : today.withDayOfMonth(today.lengthOfMonth());
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", TEXTS.message("stats.to-before-from"));
        }
        Bounds.requirePeriod("to", start, end);
        Map<ActivityType, Long> byType = zeros(ActivityType.class);
        Map<ActivityStatus, Long> byStatus = zeros(ActivityStatus.class);
        Map<String, Long> byMonth = new TreeMap<>();
        Map<String, Map<ActivityType, Long>> byMonthAndType = new TreeMap<>();
        long total = 0;
        long kept = 0;
        long leadFull = 0;
        long leadProbationary = 0;
        long leadOthers = 0;
        long full = 0;
        long probationary = 0;
        long others = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT to_char(day, 'YYYY-MM'), type, status, sum(activities), sum(full_members), sum(probationary), sum(others),
                       sum(kept), sum(lead_full), sum(lead_probationary), sum(lead_others)
                FROM activity_daily_stats WHERE district = :district AND day BETWEEN :from AND :to
                GROUP BY 1, 2, 3""")
                .setParameter("district", district).setParameter("from", start).setParameter("to", end)
                .getResultList();
        for (Object[] row : rows) {
            long count = ((Number) row[3]).longValue();
            byMonth.merge((String) row[0], count, Long::sum);
            byMonthAndType.computeIfAbsent((String) row[0], month -> zeros(ActivityType.class))
                    .merge(ActivityType.valueOf((String) row[1]), count, Long::sum);
            byType.merge(ActivityType.valueOf((String) row[1]), count, Long::sum);
            byStatus.merge(ActivityStatus.valueOf((String) row[2]), count, Long::sum);
            total += count;
            full += ((Number) row[4]).longValue();
            probationary += ((Number) row[5]).longValue();
            others += ((Number) row[6]).longValue();
            kept += ((Number) row[7]).longValue();
            leadFull += ((Number) row[8]).longValue();
            leadProbationary += ((Number) row[9]).longValue();
            leadOthers += ((Number) row[10]).longValue();
        }
        List<ActivityStats.MonthCount> months = new ArrayList<>();
        byMonth.forEach((month, count) -> months.add(new ActivityStats.MonthCount(month, count, byMonthAndType.get(month))));
        long held = byStatus.get(ActivityStatus.HELD);
        ActivityStats.People lead = new ActivityStats.People(leadFull, leadProbationary, leadOthers);
        ActivityStats.People partner = new ActivityStats.People(full - leadFull, probationary - leadProbationary, others - leadOthers);
        return new ActivityStats(district, start, end, total, months, byType, byStatus, kept, held - kept,
                new ActivityStats.Attendance(full, probationary, others, new ActivityStats.BySide(lead, partner)),
                pairings(district, end, today));
    }

    private ActivityStats.Pairings pairings(String district, LocalDate to, LocalDate today) {
        LocalDate reference = to.plusDays(1).isBefore(today) ? to.plusDays(1) : today;
        Period month = Period.containing(CadencePeriod.MONTH, reference).previous();
        Period quarter = Period.containing(CadencePeriod.QUARTER, reference).previous();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT p.id, p.cadence_count <= (
                    SELECT count(*) FROM activity a WHERE a.pairing_id = p.id AND a.kept
                      AND a.starts_at >= CASE p.cadence_period WHEN 'MONTH' THEN CAST(:monthStart AS timestamptz)
                                                               ELSE CAST(:quarterStart AS timestamptz) END
                      AND a.starts_at < CASE p.cadence_period WHEN 'MONTH' THEN CAST(:monthEnd AS timestamptz)
                                                              ELSE CAST(:quarterEnd AS timestamptz) END)
                FROM pairing_view p
                WHERE p.district = :district AND p.status = 'ACTIVE'
                  AND p.term_start < CASE p.cadence_period WHEN 'MONTH' THEN CAST(:monthEndDay AS date) ELSE CAST(:quarterEndDay AS date) END
                ORDER BY p.id""")
                .setParameter("district", district)
                .setParameter("monthStart", month.start().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("monthEnd", month.end().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("quarterStart", quarter.start().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("quarterEnd", quarter.end().atStartOfDay(config.zone()).toOffsetDateTime())
                .setParameter("monthEndDay", month.end())
                .setParameter("quarterEndDay", quarter.end())
                .getResultList();
        List<UUID> overdue = new ArrayList<>();
        int compliant = 0;
        for (Object[] row : rows) {
            if (Boolean.TRUE.equals(row[1])) {
                compliant++;
            } else {
                overdue.add((UUID) row[0]);
            }
        }
        return new ActivityStats.Pairings(compliant, overdue.size(), overdue);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }
}
