package org.gongjian.rest.operationlog;

import java.util.List;

/** A page of the log: its entries, the count of all the filters select (when asked for) and the next page's cursor. */
public record OperationLogSlice(List<OperationEntry> items, Long total, OperationCursor next) {
}
