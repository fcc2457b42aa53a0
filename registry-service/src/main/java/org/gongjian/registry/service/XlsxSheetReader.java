package org.gongjian.registry.service;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gongjian.rest.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the first sheet of an .xlsx workbook (streaming). Numbers and dates become text as a person reads them. */
final class XlsxSheetReader {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private XlsxSheetReader() {
    }

    static List<SheetRow> read(InputStream input, int maxRows) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(input);
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = stream.iterator();
            if (!iterator.hasNext()) {
                throw UnreadableSheetException.of("xlsx-empty");
            }
            Row headerRow = iterator.next();
            List<String> headerTexts = new ArrayList<>();
            for (int i = 0; i < headerRow.getCellCount(); i++) {
                headerTexts.add(headerRow.hasCell(i) ? text(headerRow.getCell(i), null) : "");
            }
            SheetHeaders headers = new SheetHeaders(headerTexts);
            List<SheetRow> rows = new ArrayList<>();
            while (iterator.hasNext()) {
                Row row = iterator.next();
                Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
                for (int i = 0; i < row.getCellCount(); i++) {
                    SheetColumn column = headers.at(i);
                    if (column != null && row.hasCell(i)) {
                        cells.put(column, text(row.getCell(i), column));
                    }
                }
                SheetRow sheetRow = new SheetRow(row.getRowNum(), cells);
                if (!sheetRow.isBlank()) {
                    rows.add(sheetRow);
                }
                if (rows.size() > maxRows) {
                    throw UnreadableSheetException.of("too-many-rows", maxRows);
                }
            }
            return rows;
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UnreadableSheetException.of("not-xlsx");
        }
    }

    private static String text(Cell cell, SheetColumn column) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (column == SheetColumn.FOUNDED_ON) {
                return EXCEL_EPOCH.plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.ERROR) {
            return "#ERROR";
        }
        String text = cell.getText();
        return text == null ? null : text;
    }
}
