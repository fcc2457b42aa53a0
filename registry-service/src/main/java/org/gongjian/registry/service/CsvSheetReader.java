package org.gongjian.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a UTF-8 CSV (RFC 4180, with or without the BOM that Excel writes; comma or semicolon). */
final class CsvSheetReader {

    private CsvSheetReader() {
    }

    static List<SheetRow> read(InputStream input, int maxRows) throws IOException {
        String text = decode(input.readAllBytes());
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parse(text, delimiter(text), maxRows);
        if (records.isEmpty()) {
            throw UnreadableSheetException.of("csv-empty");
        }
        SheetHeaders headers = new SheetHeaders(records.get(0));
        List<SheetRow> rows = new ArrayList<>(records.size());
        for (int r = 1; r < records.size(); r++) {
            Map<SheetColumn, String> cells = new EnumMap<>(SheetColumn.class);
            List<String> values = records.get(r);
            for (int c = 0; c < values.size(); c++) {
                SheetColumn column = headers.at(c);
                if (column != null) {
                    cells.put(column, values.get(c));
                }
            }
            SheetRow row = new SheetRow(r + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw UnreadableSheetException.of("csv-not-utf8");
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static List<List<String>> parse(String text, char delimiter, int maxRows) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (records.size() > maxRows + 1) {
                    throw UnreadableSheetException.of("too-many-rows", maxRows);
                }
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw UnreadableSheetException.of("csv-quote", records.size() + 1);
        }
        if (!field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
