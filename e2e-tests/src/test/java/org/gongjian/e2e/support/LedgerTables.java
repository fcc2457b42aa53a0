package org.gongjian.e2e.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The ledger's tables read back as a user's programs read them: the workbook with a real xlsx reader, the zip's CSV
 * files with a CSV parser. Each table is its rows by the header's names, in file order.
 */
public final class LedgerTables {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private LedgerTables() {
    }

    /** The workbook's sheets by name, in order. */
    public static Map<String, List<Map<String, String>>> ofWorkbook(byte[] xlsx) {
        Map<String, List<Map<String, String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> cells = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        values.add(row.getOptionalCell(c).map(Cell::getText).map(LedgerTables::wholeNumber).orElse(""));
                    }
                    cells.add(values);
                }
                sheets.put(sheet.getName(), named(cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    /** The zip's CSV files by name, in order; each must start with the UTF-8 byte order mark. */
    public static Map<String, List<Map<String, String>>> ofCsvZip(byte[] zip) {
        Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (bytes.length < 3 || !Arrays.equals(Arrays.copyOf(bytes, 3), BOM)) {
                    throw new AssertionError(entry.getName() + " does not start with the UTF-8 byte order mark");
                }
                files.put(entry.getName(), named(csv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }

    private static List<Map<String, String>> named(List<List<String>> cells) {
        if (cells.isEmpty()) {
            throw new AssertionError("a table without its header row");
        }
        List<String> headers = cells.getFirst();
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(1, cells.size())) {
            Map<String, String> named = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                named.put(headers.get(c), c < row.size() ? row.get(c) : "");
            }
            rows.add(named);
        }
        return rows;
    }

    /** A workbook's numbers read back as decimals: 1 for 1.0, as the CSV file writes it. */
    private static String wholeNumber(String value) {
        return value.matches("-?\\d+\\.0") ? value.substring(0, value.length() - 2) : value;
    }
}
