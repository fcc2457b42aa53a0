-- activity-service's share of the ledger's (台账) district year, loaded with INSERT ... SELECT generate_series by
-- this module's bench/LedgerBenchmark and by the benchmarks module (LedgerData, beside pairing-service's and
-- notification-service's shares, with the same ids): its projection of the pairings and their organizations, the
-- year's activities spread over those pairings, attendance of both sides for held ones and photos for some.
-- Filled in by the reader: ${district}; pairings ${p0} to ${p1} (${pn} of them); activities ${a0} to ${a1}.
-- Pairing n's members are md5('ledger-lead' || n) and md5('ledger-partner' || n). One statement per ';' at a line end.
INSERT INTO organization_view (id, district, name, sector, status, version)
SELECT md5('ledger-lead' || g)::uuid, '${district}', '湘潭高新区机关第' || g || '党支部', 'ORGAN', 'ACTIVE', 1
FROM generate_series(${p0}, ${p1}) g
UNION ALL
SELECT md5('ledger-partner' || g)::uuid, '${district}', '湖南高新企业' || g || '有限公司党支部', 'NON_PUBLIC_ENTERPRISE', 'ACTIVE', 1
FROM generate_series(${p0}, ${p1}) g;

INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,
                          term_start, term_end, version)
SELECT md5('ledger-pairing' || g)::uuid, '${district}', '机关第' || g || '党支部与高新企业' || g || '结对共建',
       md5('ledger-lead' || g)::uuid, ARRAY[md5('ledger-partner' || g)::uuid], 'ACTIVE', 1 + g % 2,
       CASE WHEN g % 3 = 0 THEN 'QUARTER' ELSE 'MONTH' END, DATE '2024-06-01', NULL, 1
FROM generate_series(${p0}, ${p1}) g;

INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,
                      location, participant_ids, status, summary, outcomes, completed_by, completed_at,
                      confirmed_by, confirmed_at, created_at, version)
SELECT md5('ledger-activity' || g)::uuid, '${district}', md5('ledger-pairing' || n)::uuid, '联建活动：学习研讨第' || g || '期',
       (ARRAY['SYMPOSIUM','THEMED_PARTY_DAY','PARTY_LESSON','STUDY_SESSION','SITE_VISIT',
              'VOLUNTEER_SERVICE','TRAINING','CULTURAL','OTHER'])[1 + g % 9],
       t, 28800, t + interval '2 hours', 28800, '湘潭高新区党群服务中心，三楼会议室',
       ARRAY[md5('ledger-lead' || n)::uuid, md5('ledger-partner' || n)::uuid],
       CASE WHEN g % 10 < 7 THEN 'HELD' WHEN g % 10 < 9 THEN 'PLANNED' ELSE 'CANCELLED' END,
       CASE WHEN g % 10 < 7 THEN '开展主题党日活动，重温入党誓词，交流企业党建经验' END,
       CASE WHEN g % 10 < 7 THEN '形成共建项目清单一份' END,
       CASE WHEN g % 10 < 7 THEN md5('ledger-lead' || n)::uuid END,
       CASE WHEN g % 10 < 7 THEN t + interval '1 day' END,
       CASE WHEN g % 10 < 5 THEN md5('ledger-partner' || n)::uuid END,
       CASE WHEN g % 10 < 5 THEN t + interval '2 days' END, t - interval '7 days', 1
FROM (SELECT g, ${p0} + g % ${pn} AS n, TIMESTAMPTZ '2025-01-01 01:00:00+00' + (g % 364) * interval '1 day' AS t
      FROM generate_series(${a0}, ${a1}) g) s;

INSERT INTO activity_attendance (activity_id, organization_id, full_members, probationary, others)
SELECT id, participant_ids[1], 12, 2, 0 FROM activity
WHERE id IN (SELECT md5('ledger-activity' || g)::uuid FROM generate_series(${a0}, ${a1}) g) AND status = 'HELD'
UNION ALL
SELECT id, participant_ids[2], 20, 3, 15 FROM activity
WHERE id IN (SELECT md5('ledger-activity' || g)::uuid FROM generate_series(${a0}, ${a1}) g) AND status = 'HELD';

INSERT INTO activity_photo (id, activity_id, content_type, size_bytes, file_name, uploaded_by, uploaded_at)
SELECT md5('ledger-photo' || a.id || n)::uuid, a.id, 'image/jpeg', 250000, '现场照片.jpg', 'bench', a.starts_at
FROM activity a, generate_series(1, 3) n
WHERE a.id IN (SELECT md5('ledger-activity' || g)::uuid FROM generate_series(${a0}, ${a1}) g) AND a.status = 'HELD'
  AND get_byte(decode(md5(a.id::text), 'hex'), 0) < 64;

VACUUM ANALYZE;
