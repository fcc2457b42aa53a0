package org.gongjian.rest;

import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A ledger's rows as NDJSON ({@value #MEDIA_TYPE}), streamed from PostgreSQL with a cursor so that memory stays
 * constant however many rows there are. The query's single column is one row's JSON object (built by PostgreSQL); the
 * stream ends with {@code {"end":true,"rows":n}}, so that a reader can tell a complete answer from one cut short.
 */
public final class LedgerRows {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final int FETCH_SIZE = 2_000;

    private LedgerRows() {
    }

    /** The rows of {@code sql}, its {@code ?} bound to {@code parameters} in order (dates, UUIDs, texts, null). */
    public static StreamingOutput of(DataSource dataSource, String sql, List<?> parameters) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            long rows = 0;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            writer.write(result.getString(1));
                            writer.write('\n');
                            rows++;
                        }
                    }
                } finally {
                    connection.rollback();
                }
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException("ledger rows failed after " + rows + " rows", e));
            }
            writer.write("{\"end\":true,\"rows\":" + rows + "}\n");
            writer.flush();
        };
    }
}
