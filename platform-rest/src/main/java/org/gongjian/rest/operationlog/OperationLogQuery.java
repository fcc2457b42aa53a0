package org.gongjian.rest.operationlog;

import java.time.Instant;
import java.util.UUID;

/**
 * A read of the log: the scope ({@code district}, and for a branch secretary its {@code organization}: entries made
 * by its people or about the organization itself; {@code cityLevel}: also the entries of no district, which city
 * administrators read), the filters, the page size and where the previous page ended.
 */
public record OperationLogQuery(String district, UUID organization, Instant from, Instant to, String actor,
        String action, UUID target, Outcome outcome, int size, OperationCursor after, boolean cityLevel) {

    /** The same read, with the entries that belong to no district (a city administrator's read). */
    public OperationLogQuery withCityLevel() {
        return new OperationLogQuery(district, organization, from, to, actor, action, target, outcome, size, after, true);
    }

    /** Outcome classes a reader filters by. */
    public enum Outcome {
        /** 2xx and 3xx */
        SUCCEEDED,
        /** 4xx: refused (forbidden, not found, invalid, conflict ...) */
        REFUSED,
        /** 5xx */
        FAILED
    }
}
