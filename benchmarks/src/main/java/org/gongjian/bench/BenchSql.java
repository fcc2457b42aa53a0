package org.gongjian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * SQL with {@code ${name}} placeholders: filled in, and a file of it (activity-service's {@code bench/*.sql}, which its
 * own benchmarks load too; see the pom) split into statements, one per {@code ;} at a line end, and run.
 */
final class BenchSql {

    private BenchSql() {
    }

    static String fill(String sql, Map<String, ?> values) {
        String filled = sql;
        for (Map.Entry<String, ?> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return filled;
    }

    /** The statements of the class path resource {@code file}, filled in. */
    static List<String> statements(String file, Map<String, ?> values) throws IOException {
        try (InputStream in = BenchSql.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the class path");
            }
            return List.of(fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), values).split(";\\s*\\n"));
        }
    }

    static void run(String jdbcUrl, String user, String password, String file, Map<String, ?> values) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password); Statement s = c.createStatement()) {
            for (String statement : statements(file, values)) {
                s.execute(statement);
            }
        }
    }
}
