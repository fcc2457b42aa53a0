package org.gongjian.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Activities for the overview and cadence measures, written straight into activity-service's tables with
 * {@code generate_series} (the loader of activity-service's {@code bench/StatsBenchmark}, moved here and made
 * configurable): activity-service's own projection of the pairings ({@code pairing_view}), the activities over the last
 * two years, their attendance and the daily aggregate the overview reads, all by the same path. District 0 is the
 * caller's ({@code xiangtan-htz}); the others are {@code bench-N}. The other services do not learn of these rows.
 */
final class ActivityData {

    private ActivityData() {
    }

    static void load(String jdbcUrl, String user, String password, int districts, int pairingsPerDistrict, int activities)
            throws Exception {
        int pairings = districts * pairingsPerDistrict;
        String district = "CASE WHEN %1$s %% " + districts + " = 0 THEN '" + RegistryData.HOME_DISTRICT + "' ELSE 'bench-' || (%1$s %% "
                + districts + ") END";
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,
                                              term_start, term_end, version)
                    SELECT md5('p' || g)::uuid, %s, '结对共建 ' || g, md5('l' || g)::uuid,
                           ARRAY[md5('o' || g)::uuid], 'ACTIVE', 1 + g %% 2, CASE WHEN g %% 3 = 0 THEN 'QUARTER' ELSE 'MONTH' END,
                           (now() - interval '800 days')::date, NULL, 1
                    FROM generate_series(0, %d) g""".formatted(district.formatted("g"), pairings - 1));
            s.execute("""
                    INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,
                                          location, participant_ids, status, summary, completed_at, confirmed_by, confirmed_at,
                                          created_at, version)
                    SELECT md5('a' || g)::uuid, %s, md5('p' || (g %% %d))::uuid, '联建活动 ' || g,
                           (ARRAY['SYMPOSIUM','THEMED_PARTY_DAY','PARTY_LESSON','STUDY_SESSION','SITE_VISIT',
                                  'VOLUNTEER_SERVICE','TRAINING','CULTURAL','OTHER'])[1 + g %% 9],
                           t, 28800, t + interval '2 hours', 28800, '党群服务中心',
                           ARRAY[md5('l' || (g %% %d))::uuid, md5('o' || (g %% %d))::uuid],
                           CASE WHEN g %% 10 < 7 THEN 'HELD' WHEN g %% 10 < 9 THEN 'PLANNED' ELSE 'CANCELLED' END,
                           CASE WHEN g %% 10 < 7 THEN '活动纪要' END, CASE WHEN g %% 10 < 7 THEN t + interval '1 day' END,
                           CASE WHEN g %% 10 < 5 THEN md5('o' || (g %% %d))::uuid END,
                           CASE WHEN g %% 10 < 5 THEN t + interval '2 days' END, t - interval '7 days', 1
                    FROM (SELECT g, date_trunc('day', now()) - interval '730 days' + interval '1 hour' + (g %% 730) * interval '1 day' AS t
                          FROM generate_series(0, %d) g) s""".formatted(district.formatted("g"), pairings, pairings, pairings, pairings,
                    activities - 1));
            s.execute("""
                    INSERT INTO activity_attendance (activity_id, organization_id, full_members, probationary, others)
                    SELECT id, participant_ids[1], 10, 2, 5 FROM activity WHERE title LIKE '联建活动 %' AND status = 'HELD'""");
            s.execute("""
                    INSERT INTO activity_daily_stats (district, day, type, status, activities, full_members, probationary, others)
                    SELECT a.district, (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date, a.type, a.status, count(*),
                           coalesce(sum(t.full_members), 0), coalesce(sum(t.probationary), 0), coalesce(sum(t.others), 0)
                    FROM activity a LEFT JOIN activity_attendance t ON t.activity_id = a.id
                    WHERE a.title LIKE '联建活动 %' GROUP BY 1, 2, 3, 4
                    ON CONFLICT DO NOTHING""");
            s.execute("VACUUM ANALYZE");
        }
    }
}
