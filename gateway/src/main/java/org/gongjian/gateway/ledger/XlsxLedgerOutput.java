package org.gongjian.gateway.ledger;

import org.gongjian.rest.XlsxWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The ledger as one .xlsx workbook, its sheets one after the other ({@link XlsxWriter}). */
final class XlsxLedgerOutput implements LedgerOutput {

    private final XlsxWriter workbook;

    XlsxLedgerOutput(OutputStream out) {
        this.workbook = new XlsxWriter(out);
    }

    @Override
    public void sheet(String name, List<String> headers, int[] widths) throws IOException {
        workbook.sheet(name, headers, widths);
    }

    @Override
    public void row(List<Object> cells) throws IOException {
        workbook.row(cells);
    }

    @Override
    public void finish() throws IOException {
        workbook.finish();
    }
}
