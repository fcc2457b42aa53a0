package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One service's ledger rows as they arrive (NDJSON, one object a line), read one at a time. The stream must end with
 * the service's trailer {@code {"end":true,"rows":n}}; a stream cut short or miscounted throws, so that a download is
 * broken off rather than handed over incomplete.
 *
 * <p>The rows are parsed on a thread of their own, straight from the bytes, at most {@value #READ_AHEAD} rows ahead of
 * the sheet being written: parsing one sheet's rows and writing another's go on side by side, and the services keep
 * building rows while the download writes earlier sheets.
 */
public final class RowStream implements Closeable {

    private static final int READ_AHEAD = 1_000;
    /** Put after the last value the body holds, or after a failure to read it. */
    private static final JsonNode END_OF_BODY = JsonNodeFactory.instance.objectNode();

    private final String source;
    private final InputStream body;
    private final BlockingQueue<JsonNode> parsed = new ArrayBlockingQueue<>(READ_AHEAD);
    private final Thread parsing;
    private volatile IOException failure;
    private JsonNode next;
    private long read;
    private boolean ended;

    RowStream(String source, InputStream body, ObjectMapper json) {
        this.source = source;
        this.body = new BufferedInputStream(body, 1 << 16);
        this.parsing = Thread.ofVirtual().name("ledger-rows-" + source).start(() -> parse(json));
    }

    private void parse(ObjectMapper json) {
        try (MappingIterator<JsonNode> values = json.readerFor(JsonNode.class).readValues(body)) {
            while (values.hasNextValue()) {
                parsed.put(values.nextValue());
            }
        } catch (IOException e) {
            failure = e;
        } catch (InterruptedException e) {
            return; // closed: nobody takes the rows any more
        }
        try {
            parsed.put(END_OF_BODY);
        } catch (InterruptedException e) {
            // closed meanwhile
        }
    }

    /** The next row without taking it, or null at the end. */
    public JsonNode peek() throws IOException {
        if (next == null && !ended) {
            JsonNode row = take(parsed);
            if (row == END_OF_BODY) {
                if (failure != null) {
                    throw new IOException(source + " sent unreadable ledger rows after " + read + " rows", failure);
                }
                throw new IOException(source + " ended its ledger rows without the trailer after " + read + " rows");
            }
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

    private JsonNode take(BlockingQueue<JsonNode> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(source + "'s ledger rows interrupted after " + read + " rows");
        }
    }

    @Override
    public void close() throws IOException {
        parsing.interrupt();
        body.close();
    }
}
