package org.gongjian.gateway.ledger;

import java.io.IOException;
import java.util.List;

/** Where the ledger's sheets are written one after the other, row by row: a workbook, or a zip of CSV files. */
public interface LedgerOutput {

    /** Starts a sheet (ending the one before) with its header row; widths in characters, one per column. */
    void sheet(String name, List<String> headers, int[] widths) throws IOException;

    /** One row of the current sheet: texts and numbers, null for an empty cell. */
    void row(List<Object> cells) throws IOException;

    /** Ends the last sheet and the file. */
    void finish() throws IOException;
}
