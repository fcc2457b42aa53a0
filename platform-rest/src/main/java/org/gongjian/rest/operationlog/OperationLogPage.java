package org.gongjian.rest.operationlog;

import java.util.List;

/**
 * A page of a service's log, newest first: {@code next} is the cursor of the following page ({@code after=}),
 * absent on the last; {@code total} counts everything the filters select and is given on the first page only.
 */
public record OperationLogPage(List<OperationLogItem> items, int size, Long total, String next) {
}
