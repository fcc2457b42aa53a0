package org.gongjian.gateway.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ledger as a zip of CSV files, one per sheet ({@code 结对台账.csv}, ...): RFC 4180, UTF-8 with a BOM (so that Excel
 * reads Chinese), CRLF line ends. Streamed entry by entry.
 */
final class CsvZipLedgerOutput implements LedgerOutput {

    private final ZipOutputStream zip;
    private final Writer writer;
    private boolean inEntry;

    CsvZipLedgerOutput(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.zip.setLevel(1);
        this.writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void sheet(String name, List<String> headers, int[] widths) throws IOException {
        endEntry();
        zip.putNextEntry(new ZipEntry(name + ".csv"));
        inEntry = true;
        writer.write('\uFEFF');
        row(List.copyOf(headers));
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                writer.write(number.toString());
            } else if (cell != null) {
                writer.write(escape(cell.toString()));
            }
        }
        writer.write("\r\n");
    }

    @Override
    public void finish() throws IOException {
        endEntry();
        zip.finish();
        zip.flush();
    }

    private void endEntry() throws IOException {
        if (inEntry) {
            writer.flush();
            zip.closeEntry();
            inEntry = false;
        }
    }

    static String escape(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        // A leading =, +, - or @ would be a formula to a spreadsheet: kept as text with a leading apostrophe
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
