package org.gongjian.rest;

import jakarta.ws.rs.core.StreamingOutput;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A ledger's rows as NDJSON ({@value #MEDIA_TYPE}), streamed from PostgreSQL with a cursor so that memory stays
 * constant however many rows there are. Each row is a JSON object: the query's single column, built by PostgreSQL, or
 * made by a {@link RowReader} of one or more of the query's rows. The stream ends with {@code {"end":true,"rows":n}},
 * so that a reader can tell a complete answer from one cut short.
 *
 * <p>The cursor is read on a thread of its own, at most {@value #READ_AHEAD} rows ahead of the response: PostgreSQL
 * builds the next rows while the reader at the other end (the gateway, assembling a spreadsheet) is still taking the
 * last ones. Read in turn, each would wait for the other, and a district's year would take their sum.
 */
public final class LedgerRows {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    private static final int FETCH_SIZE = 2_000;
    private static final int READ_AHEAD = 2 * FETCH_SIZE;

    private LedgerRows() {
    }

    /**
     * Makes the ledger's rows of a query's rows, in their order. One reader serves one download; it may keep what the
     * rows refer to (names, say) for the download's length.
     */
    public interface RowReader {

        /** Takes the result's current row; returns the ledger row that this row completes, or null. */
        String read(ResultSet row) throws SQLException;

        /** The ledger row that the query's last row left open, or null. */
        default String last() {
            return null;
        }
    }

    /** Each query row is a ledger row: its single column, a JSON object. */
    private static final class JsonColumn implements RowReader {

        @Override
        public String read(ResultSet row) throws SQLException {
            return row.getString(1);
        }
    }

    /** The rows of {@code sql}, its {@code ?} bound to {@code parameters} in order (dates, UUIDs, texts, null). */
    public static StreamingOutput of(DataSource dataSource, String sql, List<?> parameters) {
        return of(dataSource, sql, parameters, new JsonColumn());
    }

    /** The ledger rows that {@code reader} makes of the rows of {@code sql}, its {@code ?} bound to {@code parameters}. */
    public static StreamingOutput of(DataSource dataSource, String sql, List<?> parameters, RowReader reader) {
        return output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 1 << 16);
            Cursor cursor = new Cursor(dataSource, sql, parameters, reader);
            Thread reading = Thread.ofVirtual().name("ledger-rows").start(cursor);
            try {
                long rows = cursor.copyTo(writer);
                writer.write("{\"end\":true,\"rows\":" + rows + "}\n");
                writer.flush();
            } finally {
                reading.interrupt(); // a no-op once the cursor is read; else the reader has gone and the query stops
            }
        };
    }

    /** Reads the query's rows into a bounded queue; the response's thread takes them from it. */
    private static final class Cursor implements Runnable {

        /** Put after the last row, or after a failure. */
        private static final String END = new String("end");

        private final DataSource dataSource;
        private final String sql;
        private final List<?> parameters;
        private final RowReader reader;
        private final BlockingQueue<String> rows = new ArrayBlockingQueue<>(READ_AHEAD);
        private volatile Exception failure;

        Cursor(DataSource dataSource, String sql, List<?> parameters, RowReader reader) {
            this.dataSource = dataSource;
            this.sql = sql;
            this.parameters = parameters;
            this.reader = reader;
        }

        @Override
        public void run() {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setReadOnly(true);
                try (Statement settings = connection.createStatement()) {
                    // planned with this download's range and scope every time: a plan made once for any values (as
                    // PostgreSQL may choose after five runs of a prepared statement) cannot know that a range holds a
                    // district's whole year, and picks index lookups where hash joins are cheaper
                    settings.execute("SET LOCAL plan_cache_mode = force_custom_plan");
                }
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setFetchSize(FETCH_SIZE);
                    for (int i = 0; i < parameters.size(); i++) {
                        statement.setObject(i + 1, parameters.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            put(reader.read(result));
                        }
                        put(reader.last());
                    }
                } finally {
                    connection.rollback();
                }
            } catch (InterruptedException e) {
                return; // the response was broken off: nobody takes the rows any more
            } catch (SQLException | RuntimeException e) {
                failure = e;
            }
            try {
                rows.put(END);
            } catch (InterruptedException e) {
                // the response was broken off meanwhile
            }
        }

        private void put(String row) throws InterruptedException {
            if (row != null) {
                rows.put(row);
            }
        }

        /** Writes the rows as they come, one a line; the number written. */
        long copyTo(Writer writer) throws IOException {
            long written = 0;
            try {
                for (String row = rows.take(); row != END; row = rows.take()) {
                    writer.write(row);
                    writer.write('\n');
                    written++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("ledger rows interrupted after " + written + " rows");
            }
            if (failure != null) {
                throw new UncheckedIOException(new IOException("ledger rows failed after " + written + " rows", failure));
            }
            return written;
        }
    }
}
