package org.gongjian.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * The ledger's (台账) district year, written straight into the tables each service's ledger rows are read from, with
 * {@code generate_series} as {@link ActivityData} does: pairing-service's pairings (members in {@code partner_ids}),
 * their organizations, one final evaluation each, demands with their history; activity-service's projection of the same
 * pairings and organizations, the year's activities with attendance of both sides and photos for some (the SQL
 * activity-service's {@code bench/LedgerBenchmark} loads); notification-service's projection of the pairings and
 * organizations and the receipts of the pairings' activation notices. The same ids in every service, so that the
 * gateway's merge finds them; no events flow. Pairing {@code n}'s members are {@code md5('ledger-lead' || n)} and
 * {@code md5('ledger-partner' || n)}. Loaded in slices (pairings {@code [fromPairing, toPairing)}, activities
 * {@code [fromActivity, toActivity)} spread over those pairings), so that a tenth can be measured before the rest.
 */
final class LedgerData {

    static final String YEAR_FROM = "2025-01-01";
    static final String YEAR_TO = "2025-12-31";

    /** activity-service's share, one statement per {@code ;} at a line end; a test resource of activity-service. */
    static final String ACTIVITY_SQL = "/bench/ledger-activities.sql";

    private LedgerData() {
    }

    record Slice(String district, int fromPairing, int toPairing, int fromActivity, int toActivity) {

        int pairings() {
            return toPairing - fromPairing;
        }

        int activities() {
            return toActivity - fromActivity;
        }

        /** The placeholders of the ledger's SQL: the district, pairings p0 to p1 (pn of them), activities a0 to a1. */
        Map<String, Object> values() {
            return Map.of("district", district, "p0", fromPairing, "p1", toPairing - 1, "pn", pairings(),
                    "a0", fromActivity, "a1", toActivity - 1);
        }

        String formatted(String sql) {
            return BenchSql.fill(sql, values());
        }
    }

    /** Demands and receipts loaded per pairing: one demand for 2 pairings in 5, two receipts (both sides) per pairing. */
    static int demands(Slice slice) {
        return (int) java.util.stream.IntStream.range(slice.fromPairing, slice.toPairing).filter(n -> n % 5 < 2).count();
    }

    static void pairings(String jdbcUrl, String user, String password, Slice slice) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(slice.formatted("""
                    INSERT INTO organization (id, district, name, kind, sector, status, version)
                    SELECT md5('ledger-lead' || g)::uuid, '${district}', '湘潭高新区机关第' || g || '党支部', 'BRANCH', 'ORGAN', 'ACTIVE', 1
                    FROM generate_series(${p0}, ${p1}) g
                    UNION ALL
                    SELECT md5('ledger-partner' || g)::uuid, '${district}', '湖南高新企业' || g || '有限公司党支部', 'BRANCH',
                           'NON_PUBLIC_ENTERPRISE', 'ACTIVE', 1
                    FROM generate_series(${p0}, ${p1}) g"""));
            s.execute(slice.formatted("""
                    INSERT INTO pairing (id, district, title, type, lead_id, partner_ids, goals, commitments, cadence_count,
                                         cadence_period, term_start, term_end, status, plaque_no, activated_on, member_key,
                                         proposed_by, created_at, updated_at, version)
                    SELECT md5('ledger-pairing' || g)::uuid, '${district}', '机关第' || g || '党支部与高新企业' || g || '结对共建', 'ONE_TO_ONE',
                           md5('ledger-lead' || g)::uuid, ARRAY[md5('ledger-partner' || g)::uuid],
                           '["廉洁文化进企业", "党员共学"]'::jsonb, '["组织共建", "资源共享"]'::jsonb,
                           1 + g % 2, CASE WHEN g % 3 = 0 THEN 'QUARTER' ELSE 'MONTH' END, DATE '2024-06-01', NULL, 'ACTIVE',
                           '湘高结对〔2024〕基准' || g || '号', DATE '2024-06-01',
                           md5('ledger-lead' || g) || ',' || md5('ledger-partner' || g), 'admin.zhang',
                           TIMESTAMPTZ '2024-05-20 02:00:00+00', TIMESTAMPTZ '2024-06-01 02:00:00+00', 1
                    FROM generate_series(${p0}, ${p1}) g"""));
            s.execute(slice.formatted("""
                    INSERT INTO evaluation (id, pairing_id, district, period_start, period_end, score, rating, parts, remarks,
                                            evaluated_at, evaluated_by, status, origin, version, opened_at, finalized_at, finalized_by)
                    SELECT md5('ledger-evaluation' || g)::uuid, md5('ledger-pairing' || g)::uuid, '${district}',
                           DATE '2025-01-01', DATE '2025-06-30', 60 + g % 40,
                           (ARRAY['EXCELLENT', 'GOOD', 'FAIR', 'POOR'])[1 + g % 4], '{}'::jsonb, '双方共建成效明显',
                           TIMESTAMPTZ '2025-07-05 02:00:00+00', 'admin.zhang', 'FINAL', 'COMMITTEE', 1,
                           TIMESTAMPTZ '2025-07-01 02:00:00+00', TIMESTAMPTZ '2025-07-05 02:00:00+00', 'admin.zhang'
                    FROM generate_series(${p0}, ${p1}) g"""));
            // two pairings in five raise a demand; it is accepted, and resolved in two cases out of three
            s.execute(slice.formatted("""
                    INSERT INTO demand (id, district, pairing_id, raised_by, category, title, detail, due_on, status, resolution,
                                        raised_at, answered_on, version)
                    SELECT md5('ledger-demand' || g)::uuid, '${district}', md5('ledger-pairing' || g)::uuid,
                           md5('ledger-partner' || g)::uuid,
                           (ARRAY['POLICY', 'HIRING', 'FINANCING', 'PERMITS', 'FUNDING', 'TALENT', 'MARKET', 'TRAINING'])[1 + g % 8],
                           '企业用工与政策咨询诉求' || g, '希望协调解决园区企业招工和政策申报问题',
                           CAST(t AS date) + 30, CASE WHEN g % 3 < 2 THEN 'RESOLVED' ELSE 'ACCEPTED' END,
                           CASE WHEN g % 3 < 2 THEN '已协调人社部门对接' END, t, CAST(t AS date) + 3, 1
                    FROM (SELECT g, TIMESTAMPTZ '2025-01-02 02:00:00+00' + (g % 330) * interval '1 day' AS t
                          FROM generate_series(${p0}, ${p1}) g WHERE g % 5 < 2) d"""));
            s.execute(slice.formatted("""
                    INSERT INTO demand_history (id, demand_id, at, actor, actor_org, from_status, to_status, note)
                    SELECT md5('ledger-demand-h' || d.id || k)::uuid, d.id, d.raised_at + k * interval '3 days',
                           CASE k WHEN 0 THEN 'secretary' ELSE 'admin.zhang' END,
                           CASE k WHEN 0 THEN d.raised_by END,
                           (ARRAY[NULL, 'OPEN', 'ACCEPTED'])[1 + k], (ARRAY['OPEN', 'ACCEPTED', 'RESOLVED'])[1 + k],
                           (ARRAY['提出诉求', '已受理', '已办结'])[1 + k]
                    FROM demand d, generate_series(0, 2) k
                    WHERE d.district = '${district}' AND d.id IN (SELECT md5('ledger-demand' || g)::uuid FROM generate_series(${p0}, ${p1}) g)
                      AND (k < 2 OR d.status = 'RESOLVED')"""));
            s.execute("VACUUM ANALYZE");
        }
    }

    /**
     * activity-service: the same pairings and organizations, and the activities (the year's, spread over the slice's
     * pairings), by the SQL its {@code bench/LedgerBenchmark} loads ({@value #ACTIVITY_SQL}, from activity-service's test
     * resources: see the pom).
     */
    static void activities(String jdbcUrl, String user, String password, Slice slice) throws Exception {
        BenchSql.run(jdbcUrl, user, password, ACTIVITY_SQL, slice.values());
    }

    /** notification-service: the pairings and organizations as it knows them, and each side's receipt of the activation notice. */
    static void receipts(String jdbcUrl, String user, String password, Slice slice) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            s.execute(slice.formatted("""
                    INSERT INTO organization (id, district, name, secretary_name, contacts, status, version)
                    SELECT md5('ledger-lead' || g)::uuid, '${district}', '湘潭高新区机关第' || g || '党支部', '李明', '[]'::jsonb, 'ACTIVE', 1
                    FROM generate_series(${p0}, ${p1}) g
                    UNION ALL
                    SELECT md5('ledger-partner' || g)::uuid, '${district}', '湖南高新企业' || g || '有限公司党支部', '王芳', '[]'::jsonb, 'ACTIVE', 1
                    FROM generate_series(${p0}, ${p1}) g"""));
            s.execute(slice.formatted("""
                    INSERT INTO pairing (id, district, title, lead_id, member_ids, status, version)
                    SELECT md5('ledger-pairing' || g)::uuid, '${district}', '机关第' || g || '党支部与高新企业' || g || '结对共建',
                           md5('ledger-lead' || g)::uuid, ARRAY[md5('ledger-lead' || g)::uuid, md5('ledger-partner' || g)::uuid], 'ACTIVE', 1
                    FROM generate_series(${p0}, ${p1}) g"""));
            // one activation notice a month per pairing would be too many; one per pairing and side, sent in the year
            s.execute(slice.formatted("""
                    INSERT INTO notice (id, event_id, type, district, organization_id, recipient_key, recipient_role, recipient_name,
                                        recipient_email, language, title, body, subject_type, subject_id, receipt_required, created_at,
                                        acknowledged_at)
                    SELECT md5('ledger-notice' || g || side)::uuid, md5('ledger-event' || g)::uuid, 'PAIRING_ACTIVATED', '${district}',
                           org, 'liaison-' || org, 'LIAISON', CASE side WHEN 0 THEN '办公室联络员' ELSE '企业联络员' END,
                           'liaison' || g || '-' || side || '@gongjian.test', 'zh-CN', '结对共建已生效，请签收',
                           '机关第' || g || '党支部与高新企业' || g || '结对共建已生效。', 'PAIRING', md5('ledger-pairing' || g)::uuid, true, t,
                           CASE WHEN g % 4 < 3 THEN t + interval '1 day' END
                    FROM (SELECT g, side, TIMESTAMPTZ '2025-01-03 02:00:00+00' + (g % 360) * interval '1 day' AS t,
                                 CASE side WHEN 0 THEN md5('ledger-lead' || g)::uuid ELSE md5('ledger-partner' || g)::uuid END AS org
                          FROM generate_series(${p0}, ${p1}) g, generate_series(0, 1) side) n"""));
            s.execute("VACUUM ANALYZE");
        }
    }
}
