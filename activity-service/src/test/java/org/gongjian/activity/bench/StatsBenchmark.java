package org.gongjian.activity.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The district overview over 1,000,000 activities: loads them with generate_series (50 districts, 100 pairings each,
 * two years; {@code bench/stats-activities.sql}, which the benchmarks module loads too), then times overview requests over HTTP and prints percentiles, throughput and memory. Not a test: run
 * on demand with {@code -Pbench} (see the README).
 */
@QuarkusTest
@Tag("bench")
class StatsBenchmark {

    private static final int ACTIVITIES = Integer.getInteger("bench.activities", 1_000_000);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 2_000);
    private static final int DISTRICTS = 50;
    private static final int PAIRINGS_PER_DISTRICT = 100;

    @TestHTTPResource("/api/activities/stats")
    URL stats;

    @Test
    void districtOverviewOverAMillionActivities() throws Exception {
        long loadStart = System.nanoTime();
        load();
        System.out.printf("%nLoaded %,d activities in %.1f s%n", ACTIVITIES, (System.nanoTime() - loadStart) / 1e9);

        HttpClient client = HttpClient.newHttpClient();
        String[] tokens = new String[DISTRICTS];
        for (int d = 0; d < DISTRICTS; d++) {
            tokens[d] = Tokens.user("bench").roles(Role.DASHBOARD_READER).district("bench-" + d).bearer();
        }
        for (int i = 0; i < 300; i++) {
            call(client, tokens[i % DISTRICTS], i);
        }
        List<Long> sequential = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            sequential.add(call(client, tokens[i % DISTRICTS], i));
        }
        report("sequential (1 client)", sequential, System.nanoTime() - start);

        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Long>> futures = new ArrayList<>();
        start = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            int n = i;
            futures.add(clients.submit(() -> call(client, tokens[n % DISTRICTS], n)));
        }
        List<Long> concurrent = new ArrayList<>();
        for (Future<Long> f : futures) {
            concurrent.add(f.get());
        }
        report("concurrent (4 clients)", concurrent, System.nanoTime() - start);
        clients.shutdown();
        databaseTimes();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf("Memory: heap used %d MB (max %d MB), process RSS %s%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20, rss());
    }

    /** One overview of a year (alternating ranges), answering the latency in microseconds. */
    private long call(HttpClient client, String token, int n) throws Exception {
        String range = n % 2 == 0 ? "from=2025-01-01&to=2025-12-31" : "from=2025-06-01&to=2025-06-30";
        HttpRequest request = HttpRequest.newBuilder(URI.create(stats + "?" + range))
                .header("Authorization", "Bearer " + token.substring("Bearer ".length())).GET().build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1_000;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return micros;
    }

    private static void report(String name, List<Long> micros, long elapsedNanos) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("%s: %d requests, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms, %.0f requests/s%n", name,
                sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1) / 1000.0,
                sorted.size() / (elapsedNanos / 1e9));
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1000.0;
    }

    private static String rss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                    .findFirst().map(l -> l.replaceAll("\\D+", "") + " kB").orElse("?");
        } catch (Exception e) {
            return "? (" + ManagementFactory.getRuntimeMXBean().getName() + ")";
        }
    }

    /** The overview's two queries straight on JDBC: how much of a request is the database. */
    private static void databaseTimes() throws Exception {
        String figures = """
                SELECT to_char(day, 'YYYY-MM'), type, status, sum(activities), sum(full_members), sum(probationary), sum(others)
                FROM activity_daily_stats WHERE district = ? AND day BETWEEN DATE '2025-01-01' AND DATE '2025-12-31'
                GROUP BY 1, 2, 3""";
        String compliance = """
                SELECT p.id, p.cadence_count <= (SELECT count(*) FROM activity a WHERE a.pairing_id = p.id AND a.status = 'HELD'
                    AND a.starts_at >= CASE p.cadence_period WHEN 'MONTH' THEN TIMESTAMPTZ '2025-11-30 16:00Z' ELSE TIMESTAMPTZ '2025-09-30 16:00Z' END
                    AND a.starts_at < TIMESTAMPTZ '2025-12-31 16:00Z')
                FROM pairing_view p WHERE p.district = ? AND p.status = 'ACTIVE'""";
        try (Connection c = DriverManager.getConnection(System.getProperty("gongjian.test.jdbc-url"), "postgres", "postgres")) {
            for (String[] query : new String[][] {{"figures (daily aggregate, one year)", figures}, {"compliance (100 pairings)", compliance}}) {
                List<Long> micros = new ArrayList<>();
                try (var statement = c.prepareStatement(query[1])) {
                    for (int i = 0; i < 500; i++) {
                        statement.setString(1, "bench-" + (i % DISTRICTS));
                        long t0 = System.nanoTime();
                        try (var rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                        if (i >= 100) {
                            micros.add((System.nanoTime() - t0) / 1_000);
                        }
                    }
                }
                report("JDBC " + query[0], micros, micros.stream().mapToLong(Long::longValue).sum() * 1_000);
                try (var explain = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + query[1].replace("?", "'bench-7'"));
                        var plan = explain.executeQuery()) {
                    while (plan.next()) {
                        System.out.println("    " + plan.getString(1));
                    }
                }
            }
        }
    }

    /** bench/stats-activities.sql, the rows the benchmarks module loads too (its ActivityData), in 2024 and 2025. */
    private static void load() throws Exception {
        BenchSql.run("/bench/stats-activities.sql", Map.of("districts", DISTRICTS, "home", "bench-0",
                "pairings", DISTRICTS * PAIRINGS_PER_DISTRICT, "activities", ACTIVITIES,
                "first_day", "TIMESTAMPTZ '2024-01-01 00:00:00+00'", "term_start", "DATE '2024-01-01'"));
    }
}
