package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One service's ledger rows as they arrive (NDJSON, one object a line), read one at a time. The stream must end with
 * the service's trailer {@code {"end":true,"rows":n}}; a stream cut short or miscounted throws, so that a download is
 * broken off rather than handed over incomplete.
 */
public final class RowStream implements Closeable {

    private final String source;
    private final BufferedReader reader;
    private final ObjectMapper json;
    private JsonNode next;
    private long read;
    private boolean ended;

    RowStream(String source, InputStream body, ObjectMapper json) {
        this.source = source;
        this.reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        this.json = json;
    }

    /** The next row without taking it, or null at the end. */
    public JsonNode peek() throws IOException {
        if (next == null && !ended) {
            String line = reader.readLine();
            if (line == null) {
                throw new IOException(source + " ended its ledger rows without the trailer after " + read + " rows");
            }
            JsonNode row = json.readTree(line);
            if (row.path("end").asBoolean(false)) {
                ended = true;
                if (row.path("rows").asLong(-1) != read) {
                    throw new IOException(source + " announced " + row.path("rows") + " ledger rows but sent " + read);
                }
                return null;
            }
            next = row;
            read++;
        }
        return next;
    }

    /** The next row, or null at the end. */
    public JsonNode take() throws IOException {
        JsonNode row = peek();
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
