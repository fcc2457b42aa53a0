package org.gongjian.rest.operationlog;

import org.gongjian.rest.Bounds;
import org.gongjian.rest.ProblemException;
import org.gongjian.rest.QueryParams;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The query parameters of a log read, parsed the same way by each service and by the gateway that merges them:
 * {@code from}/{@code to} (dates, inclusive, whole days in the district's zone), {@code actor} (a username or a
 * subject), {@code action} (part of the operation's name), {@code target} (an id), {@code outcome}
 * ({@code SUCCEEDED}, {@code REFUSED}, {@code FAILED}), {@code size} (1–200, default 20) and {@code after} (the
 * cursor a previous page handed out). A bad value answers 400 naming the parameter.
 */
public final class OperationLogParams {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    private OperationLogParams() {
    }

    /** The query within a scope ({@code district}, and {@code organization} for a branch secretary). */
    public static OperationLogQuery parse(String district, java.util.UUID organization, String from, String to,
            String actor, String action, String target, String outcome, String size, String after) {
        LocalDate start = QueryParams.date("from", from);
        LocalDate end = QueryParams.date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw ProblemException.invalid("to", "must not lie before 'from'");
        }
        Bounds.requirePeriod("to", start, end);
        Integer pageSize = QueryParams.integer("size", size);
        if (pageSize != null && (pageSize < 1 || pageSize > MAX_SIZE)) {
            throw ProblemException.invalid("size", "must lie between 1 and " + MAX_SIZE);
        }
        return new OperationLogQuery(district, organization,
                start == null ? null : start.atStartOfDay(ZONE).toInstant(),
                end == null ? null : end.plusDays(1).atStartOfDay(ZONE).toInstant(),
                text(actor), text(action), QueryParams.uuid("target", target),
                QueryParams.enumeration("outcome", outcome, OperationLogQuery.Outcome.class),
                pageSize == null ? DEFAULT_SIZE : pageSize, OperationCursor.decode("after", after), false);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
