package org.gongjian.pairing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.pairing.service.PairingLedger;
import org.gongjian.rest.Caller;
import org.gongjian.rest.LedgerParams;
import org.gongjian.rest.LedgerRows;
import org.gongjian.rest.Role;

/** The demand sheet of the ledger (台账), as rows the gateway assembles into the spreadsheet. */
@Path("/api/demands/ledger")
@Tag(name = "Ledger", description = "Rows of the ledger (台账), streamed as NDJSON for the gateway's export")
public class DemandLedgerResource {

    private final PairingLedger ledger;
    private final Caller caller;

    DemandLedgerResource(PairingLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(LedgerRows.MEDIA_TYPE)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Every demand raised from 'from' to 'to' in a district (or in one organization's pairings)",
            description = "One JSON object a line, by time raised: the demand, its history, the day it was resolved and the "
                    + "days that took; the last line is {\"end\":true,\"rows\":n}. At most 3 years.")
    public StreamingOutput demands(@BeanParam LedgerParams params) {
        return ledger.demands(params.request(caller));
    }
}
