package org.gongjian.testing;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A digest of every table a service's API writes, to show that a refused request changed nothing. The outbox counts
 * by its events' ids (the relay marks them sent in the background); tables only consumers write are left out, and so
 * is the operation log, which records refusals too.
 */
public final class DatabaseFingerprint {

    private static final Set<String> NEVER = Set.of("flyway_schema_history", "processed_event", "operation_log");

    private final DataSource dataSource;
    private final Set<String> ignored;

    public DatabaseFingerprint(DataSource dataSource, Set<String> projections) {
        this.dataSource = dataSource;
        this.ignored = projections;
    }

    /** Per table, a digest of its rows. */
    public Map<String, String> take() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                            + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!NEVER.contains(table) && !ignored.contains(table)) {
                        tables.add(table);
                    }
                }
            }
            Map<String, String> digests = new TreeMap<>();
            for (String table : tables) {
                String rows = table.equals("outbox_event") ? "t.id::text" : "t::text";
                try (ResultSet result = statement.executeQuery("SELECT count(*) || ':' || coalesce(md5(string_agg(" + rows
                        + ", '|' ORDER BY " + rows + ")), '') FROM \"" + table + "\" t")) {
                    result.next();
                    digests.put(table, result.getString(1));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database", e);
        }
    }
}
