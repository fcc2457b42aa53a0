package org.gongjian.activity.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs one of the benchmarks' SQL files ({@code bench/*.sql} of the test resources, which the benchmarks module loads
 * too) against the test database: its {@code ${name}} placeholders filled in, one statement per {@code ;} at a line end.
 */
final class BenchSql {

    private BenchSql() {
    }

    static void run(String file, Map<String, ?> values) throws Exception {
        String sql;
        try (InputStream in = BenchSql.class.getResourceAsStream(file)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, ?> value : values.entrySet()) {
            sql = sql.replace("${" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        try (Connection c = DriverManager.getConnection(System.getProperty("gongjian.test.jdbc-url"), "postgres", "postgres");
                Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\\n")) {
                s.execute(statement);
            }
        }
    }
}
