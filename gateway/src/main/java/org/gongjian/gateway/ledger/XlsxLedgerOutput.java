package org.gongjian.gateway.ledger;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The ledger as one .xlsx workbook, written with fastexcel's streaming writer: each sheet is flushed to the response
 * every {@value #FLUSH_EVERY} rows and finished before the next begins, so memory stays constant. Headers are bold on a
 * frozen first row. A row's text is written inline: as a shared string, every distinct text of the year's rows would be
 * kept in memory until the workbook ends.
 */
final class XlsxLedgerOutput implements LedgerOutput {

    private static final int FLUSH_EVERY = 1_000;

    private final Workbook workbook;
    private Worksheet sheet;
    private int row;

    XlsxLedgerOutput(OutputStream out) {
        this.workbook = new Workbook(out, "Gongjian", "1.0");
        this.workbook.setCompressionLevel(1);
    }

    @Override
    public void sheet(String name, List<String> headers, int[] widths) throws IOException {
        endSheet();
        sheet = workbook.newWorksheet(name);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.width(c, widths[c]);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("F2F2F2").set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                sheet.value(row, c, number);
            } else if (cell != null && !cell.toString().isEmpty()) {
                sheet.inlineString(row, c, cell.toString());
            }
        }
        if (++row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        endSheet();
        workbook.finish();
    }

    private void endSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
            sheet = null;
        }
    }
}
