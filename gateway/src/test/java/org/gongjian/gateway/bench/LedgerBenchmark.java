package org.gongjian.gateway.bench;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.gateway.support.LedgerBenchRows;
import org.gongjian.rest.Role;
import org.gongjian.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's share of a large district's ledger: 5,000 pairings (with 44,000 cadence periods) and 200,000 activities
 * streamed by stand-in services, assembled into the .xlsx workbook and the CSV zip. Prints seconds, sizes and the
 * highest heap seen while writing. Not a test: run on demand (see the README) with {@code -Dgongjian.bench=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "gongjian.bench", matches = "true")
class LedgerBenchmark {

    @TestHTTPResource("/api/ledger")
    URL ledger;

    @Test
    void aYearOfALargeDistrict() throws Exception {
        String token = Tokens.user("bench").roles(Role.DISTRICT_ADMIN).district("xiangtan-htz").sign();
        HttpClient client = HttpClient.newHttpClient();
        System.out.printf("%nLedger of %,d pairings and %,d activities (load average before: %s)%n", LedgerBenchRows.PAIRINGS,
                LedgerBenchRows.ACTIVITIES, loadAverage());
        for (int run = 1; run <= 3; run++) {
            for (String format : new String[] {"xlsx", "csv"}) {
                download(client, token, format, run);
            }
        }
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private void download(HttpClient client, String token, String format, int run) throws Exception {
        System.gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        URI uri = URI.create(ledger + "?from=2025-01-01&to=2025-12-31&format=" + format + "&organizationId=" + LedgerBenchRows.ORGANIZATION);
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        if (response.statusCode() != 200) {
            throw new IllegalStateException(format + " answered " + response.statusCode());
        }
        System.out.printf("run %d %-4s %.2f s, %,.1f MB, heap %d MB before, at most %d MB while writing%n", run, format, seconds,
                bytes / 1e6, before >> 20, peak.get() >> 20);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "?";
        }
    }
}
