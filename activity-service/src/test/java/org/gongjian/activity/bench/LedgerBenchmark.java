package org.gongjian.activity.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * activity-service's share of the ledger (台账) of a large district: 5,000 pairings and 200,000 activities in one year
 * (with attendance of both sides for held ones and photos for some), loaded with INSERT ... SELECT into the real schema,
 * then the year's activity rows and cadence rows streamed over HTTP as the gateway reads them. Prints rows, bytes,
 * seconds and memory. Not a test: run on demand with {@code -Pbench} (see the README).
 */
@QuarkusTest
@Tag("bench")
class LedgerBenchmark {

    private static final String DISTRICT = "ledger-bench";
    private static final int PAIRINGS = Integer.getInteger("bench.pairings", 5_000);
    private static final int ACTIVITIES = Integer.getInteger("bench.activities", 200_000);

    @TestHTTPResource("/api/activities/ledger")
    URL activities;

    @TestHTTPResource("/api/cadence/ledger")
    URL cadence;

    @Test
    void aYearOfALargeDistrict() throws Exception {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d pairings and %,d activities in %.1f s%n", PAIRINGS, ACTIVITIES,
                (System.nanoTime() - loadStart) / 1e9);
        HttpClient client = HttpClient.newHttpClient();
        for (int run = 1; run <= 3; run++) {
            read(client, "activities", URI.create(activities + "?from=2025-01-01&to=2025-12-31"), token(), run);
            read(client, "cadence", URI.create(cadence + "?from=2025-01-01&to=2025-12-31"), token(), run);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Memory after: heap used %d MB (max %d MB), process RSS %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, rss());
    }

    private static void read(HttpClient client, String name, URI uri, String token, int run) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long firstByte = System.nanoTime();
        long lines = 0;
        long chars = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                chars += line.length() + 1;
            }
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + " answered " + response.statusCode());
        }
        System.out.printf("run %d %-10s %,9d rows, %,7.1f MB of NDJSON, first byte %.2f s, all %.2f s%n", run, name, lines - 1,
                chars / 1e6, (firstByte - t0) / 1e9, (System.nanoTime() - t0) / 1e9);
    }

    /** A fresh token per read: on a slow machine the runs outlast one token's lifetime. */
    private static String token() {
        return Tokens.user("bench").roles(Role.DISTRICT_ADMIN).district(DISTRICT).sign();
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().map(l -> l.replaceAll("\\D+", "") + " kB").orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

    private static void load() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("gongjian.test.jdbc-url"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO organization_view (id, district, name, sector, status, version)
                    SELECT md5('lo' || g)::uuid, '%1$s', '湘潭高新区机关第' || g || '党支部', 'ORGAN', 'ACTIVE', 1
                    FROM generate_series(0, %2$d) g
                    UNION ALL
                    SELECT md5('po' || g)::uuid, '%1$s', '湖南高新企业' || g || '有限公司党支部', 'NON_PUBLIC_ENTERPRISE', 'ACTIVE', 1
                    FROM generate_series(0, %2$d) g""".formatted(DISTRICT, PAIRINGS - 1));
            s.execute("""
                    INSERT INTO pairing_view (id, district, title, lead_id, partner_ids, status, cadence_count, cadence_period,
                                              term_start, term_end, version)
                    SELECT md5('p' || g)::uuid, '%s', '机关第' || g || '党支部与高新企业' || g || '结对共建', md5('lo' || g)::uuid,
                           ARRAY[md5('po' || g)::uuid], 'ACTIVE', 1 + g %% 2, CASE WHEN g %% 3 = 0 THEN 'QUARTER' ELSE 'MONTH' END,
                           DATE '2024-06-01', NULL, 1
                    FROM generate_series(0, %d) g""".formatted(DISTRICT, PAIRINGS - 1));
            s.execute("""
                    INSERT INTO activity (id, district, pairing_id, title, type, starts_at, starts_offset, ends_at, ends_offset,
                                          location, participant_ids, status, summary, outcomes, completed_by, completed_at,
                                          confirmed_by, confirmed_at, created_at, version)
                    SELECT md5('a' || g)::uuid, '%1$s', md5('p' || (g %% %2$d))::uuid, '联建活动：学习研讨第' || g || '期',
                           (ARRAY['SYMPOSIUM','THEMED_PARTY_DAY','PARTY_LESSON','STUDY_SESSION','SITE_VISIT',
                                  'VOLUNTEER_SERVICE','TRAINING','CULTURAL','OTHER'])[1 + g %% 9],
                           t, 28800, t + interval '2 hours', 28800, '湘潭高新区党群服务中心，三楼会议室',
                           ARRAY[md5('lo' || (g %% %2$d))::uuid, md5('po' || (g %% %2$d))::uuid],
                           CASE WHEN g %% 10 < 7 THEN 'HELD' WHEN g %% 10 < 9 THEN 'PLANNED' ELSE 'CANCELLED' END,
                           CASE WHEN g %% 10 < 7 THEN '开展主题党日活动，重温入党誓词，交流企业党建经验' END,
                           CASE WHEN g %% 10 < 7 THEN '形成共建项目清单一份' END,
                           CASE WHEN g %% 10 < 7 THEN md5('lo' || (g %% %2$d))::uuid END,
                           CASE WHEN g %% 10 < 7 THEN t + interval '1 day' END,
                           CASE WHEN g %% 10 < 5 THEN md5('po' || (g %% %2$d))::uuid END,
                           CASE WHEN g %% 10 < 5 THEN t + interval '2 days' END, t - interval '7 days', 1
                    FROM (SELECT g, TIMESTAMPTZ '2025-01-01 01:00:00+00' + (g %% 364) * interval '1 day' AS t
                          FROM generate_series(0, %3$d) g) s""".formatted(DISTRICT, PAIRINGS, ACTIVITIES - 1));
            s.execute("""
                    INSERT INTO activity_attendance (activity_id, organization_id, full_members, probationary, others)
                    SELECT id, participant_ids[1], 12, 2, 0 FROM activity WHERE district = '%1$s' AND status = 'HELD'
                    UNION ALL
                    SELECT id, participant_ids[2], 20, 3, 15 FROM activity WHERE district = '%1$s' AND status = 'HELD'"""
                    .formatted(DISTRICT));
            s.execute("""
                    INSERT INTO activity_photo (id, activity_id, content_type, size_bytes, file_name, uploaded_by, uploaded_at)
                    SELECT md5('ph' || a.id || n)::uuid, a.id, 'image/jpeg', 250000, '现场照片.jpg', 'bench', a.starts_at
                    FROM activity a, generate_series(1, 3) n
                    WHERE a.district = '%s' AND a.status = 'HELD' AND get_byte(decode(md5(a.id::text), 'hex'), 0) < 64"""
                    .formatted(DISTRICT));
            s.execute("VACUUM ANALYZE");
        }
    }
}
