package org.gongjian.registry.service;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The header row of a sheet: which column index holds which template column. Unknown headers are ignored. */
final class SheetHeaders {

    private static final Set<SheetColumn> REQUIRED = EnumSet.of(SheetColumn.NAME, SheetColumn.KIND, SheetColumn.SECTOR,
            SheetColumn.HOST_UNIT);

    private final Map<Integer, SheetColumn> byIndex = new HashMap<>();

    SheetHeaders(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            SheetColumn.ofHeader(headers.get(i)).ifPresent(column -> {
                if (byIndex.containsValue(column)) {
                    throw UnreadableSheetException.of("column-twice", column.header());
                }
                byIndex.put(index, column);
            });
        }
        List<String> missing = REQUIRED.stream().filter(column -> !byIndex.containsValue(column))
                .map(SheetColumn::header).toList();
        if (!missing.isEmpty()) {
            throw UnreadableSheetException.of("columns-missing", String.join(", ", missing));
        }
    }

    SheetColumn at(int index) {
        return byIndex.get(index);
    }
}
