-- Activities for the district overview and cadence, loaded with INSERT ... SELECT generate_series by this module's
-- bench/StatsBenchmark and by the benchmarks module (ActivityData): activity-service's projection of the pairings
-- (pairing_view), two years of activities spread over them, attendance of the held ones and the daily aggregate the
-- overview reads. Filled in by the reader: ${districts} districts, the first of them ${home} and the others
-- bench-1, bench-2 and so on, ${pairings} pairings (a multiple of the districts) with terms from ${term_start},
-- ${activities} activities, one a day from ${first_day} for 730 days, then again. The rows are told from other
-- activities by their titles ('联建活动 ' || n). One statement per ';' at a line end.
INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,
                          term_start, term_end, version)
SELECT md5('p' || g)::uuid, CASE WHEN g % ${districts} = 0 THEN '${home}' ELSE 'bench-' || (g % ${districts}) END,
       '结对共建 ' || g, md5('l' || g)::uuid, ARRAY[md5('o' || g)::uuid], 'ACTIVE', 1 + g % 2,
       CASE WHEN g % 3 = 0 THEN 'QUARTER' ELSE 'MONTH' END, ${term_start}, NULL, 1
FROM generate_series(0, ${pairings} - 1) g;

INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,
                      location, participant_ids, status, summary, completed_at, confirmed_by, confirmed_at,
                      created_at, version)
SELECT md5('a' || g)::uuid, CASE WHEN g % ${districts} = 0 THEN '${home}' ELSE 'bench-' || (g % ${districts}) END,
       md5('p' || (g % ${pairings}))::uuid, '联建活动 ' || g,
       (ARRAY['SYMPOSIUM','THEMED_PARTY_DAY','PARTY_LESSON','STUDY_SESSION','SITE_VISIT',
              'VOLUNTEER_SERVICE','TRAINING','CULTURAL','OTHER'])[1 + g % 9],
       t, 28800, t + interval '2 hours', 28800, '党群服务中心',
       ARRAY[md5('l' || (g % ${pairings}))::uuid, md5('o' || (g % ${pairings}))::uuid],
       CASE WHEN g % 10 < 7 THEN 'HELD' WHEN g % 10 < 9 THEN 'PLANNED' ELSE 'CANCELLED' END,
       CASE WHEN g % 10 < 7 THEN '活动纪要' END, CASE WHEN g % 10 < 7 THEN t + interval '1 day' END,
       CASE WHEN g % 10 < 5 THEN md5('o' || (g % ${pairings}))::uuid END,
       CASE WHEN g % 10 < 5 THEN t + interval '2 days' END, t - interval '7 days', 1
FROM (SELECT g, ${first_day} + interval '1 hour' + (g % 730) * interval '1 day' AS t
      FROM generate_series(0, ${activities} - 1) g) s;

INSERT INTO activity_attendance (activity_id, organization_id, full_members, probationary, others)
SELECT id, participant_ids[1], 10, 2, 5 FROM activity WHERE title LIKE '联建活动 %' AND status = 'HELD';

INSERT INTO activity_daily_stats (district, day, type, status, activities, full_members, probationary, others)
SELECT a.district, (a.starts_at AT TIME ZONE 'Asia/Shanghai')::date, a.type, a.status, count(*),
       coalesce(sum(t.full_members), 0), coalesce(sum(t.probationary), 0), coalesce(sum(t.others), 0)
FROM activity a LEFT JOIN activity_attendance t ON t.activity_id = a.id
WHERE a.title LIKE '联建活动 %' GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;

VACUUM ANALYZE;
