package org.gongjian.registry.service;

import java.util.Map;

/**
 * One data row of an uploaded sheet: its number as the spreadsheet shows it (the header is row 1) and its cells
 * as text, by column.
 */
public record SheetRow(int number, Map<SheetColumn, String> cells) {

    String get(SheetColumn column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(value -> value == null || value.isBlank());
    }
}
