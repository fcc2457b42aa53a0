package org.gongjian.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.gongjian.registry.support.Sheets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.gongjian.registry.support.Registry.admin;
import static org.gongjian.registry.support.Registry.newDistrict;
import static org.gongjian.registry.support.Sheets.enterpriseRow;
import static org.gongjian.registry.support.Sheets.upload;
import static org.hamcrest.Matchers.is;

/**
 * Imports 10,000 organizations through HTTP against the real stack of the tests (PostgreSQL, Kafka, OIDC) and prints
 * the time and rows per second (a benchmark reports; it does not fail on a slow machine). Not part of verify: run with {@code -Pbench} (see README).
 */
@QuarkusTest
class OrganizationImportBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);

    @Test
    void importsTenThousandRows() {
        // warm up the JIT and the connection pool with a smaller import
        upload(admin(newDistrict()), "warmup.xlsx", Sheets.xlsx(rows(1_000)), false).statusCode(201);

        for (String format : List.of("xlsx", "csv")) {
            List<List<String>> rows = rows(ROWS);
            byte[] file = format.equals("xlsx") ? Sheets.xlsx(rows) : Sheets.csv(rows);
            String district = newDistrict();
            long started = System.nanoTime();
            upload(admin(district), "bench." + format, file, false).statusCode(201).body("imported", is(ROWS));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%n[BENCHMARK] import of %,d rows (.%s, %,d bytes): %.2f s, %,.0f rows/s (target: under 5 s: %s)%n%n",
                    ROWS, format, file.length, seconds, ROWS / seconds, seconds < 5.0 ? "met" : "NOT met");
        }
    }

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rows.add(enterpriseRow("湘潭高新区第" + i + "号企业党支部"));
        }
        return rows;
    }
}
