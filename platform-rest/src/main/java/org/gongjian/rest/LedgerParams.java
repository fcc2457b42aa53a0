package org.gongjian.rest;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of every service's ledger (台账) rows endpoint, taken with {@code @BeanParam}: {@code from},
 * {@code to} (ISO dates, at most 3 years), {@code district} (a city administrator's choice) and
 * {@code organizationId} (one organization; a secretary always gets its own). The range is
 * parsed before the scope, so a wrong date answers 400 naming it before any question of whose ledger it is.
 */
public class LedgerParams {

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("district")
    String district;

    @QueryParam("organizationId")
    String organizationId;

    /** Whose rows and which days this caller asked for: 400 for a wrong parameter, 404 outside its scope. */
    public LedgerRequest request(Caller caller) {
        LedgerRange range = LedgerRange.parse(from, to);
        return new LedgerRequest(LedgerScope.of(caller, district, organizationId), range);
    }
}
