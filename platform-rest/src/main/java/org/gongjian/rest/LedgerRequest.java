package org.gongjian.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One read of ledger (台账) rows: whose ({@link LedgerScope}) and which days ({@link LedgerRange}), parsed from a
 * request's {@link LedgerParams} the same way by every service that streams rows for the gateway's ledger.
 */
public record LedgerRequest(LedgerScope scope, LedgerRange range) {

    /**
     * The parameters of a row query, in the order every ledger query takes them: district, first day, last day,
     * organization (null for the whole district), then the query's own.
     */
    public List<Object> parameters(Object... more) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(scope.district(), range.from(), range.to(),
                scope.organizationOrNull()));
        parameters.addAll(Arrays.asList(more));
        return parameters;
    }
}
