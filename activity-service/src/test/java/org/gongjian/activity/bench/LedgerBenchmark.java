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
import java.util.Map;

/**
 * activity-service's share of the ledger (台账) of a large district: 5,000 pairings and 200,000 activities in one year
 * (with attendance of both sides for held ones and photos for some), loaded with INSERT ... SELECT into the real schema
 * ({@code bench/ledger-activities.sql}, which the benchmarks module loads too), then the year's activity rows and
 * cadence rows streamed over HTTP as the gateway reads them. Prints rows, bytes, seconds and memory. Not a test: run on demand with {@code -Pbench} (see the README).
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

    /** bench/ledger-activities.sql, the same rows the benchmarks module loads (its LedgerData), for one slice of all. */
    private static void load() throws Exception {
        BenchSql.run("/bench/ledger-activities.sql", Map.of("district", DISTRICT, "p0", 0, "p1", PAIRINGS - 1,
                "pn", PAIRINGS, "a0", 0, "a1", ACTIVITIES - 1));
    }
}
