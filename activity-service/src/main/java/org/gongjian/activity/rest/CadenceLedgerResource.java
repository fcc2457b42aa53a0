package org.gongjian.activity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.activity.service.ActivityLedger;
import org.gongjian.rest.Caller;
import org.gongjian.rest.LedgerParams;
import org.gongjian.rest.LedgerRows;
import org.gongjian.rest.Role;

/** The cadence columns of the ledger's pairing sheet (台账), per pairing and period. */
@Path("/api/cadence/ledger")
@Tag(name = "Ledger", description = "Rows of the ledger (台账), streamed as NDJSON for the gateway's export")
public class CadenceLedgerResource {

    private final ActivityLedger ledger;
    private final Caller caller;

    CadenceLedgerResource(ActivityLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(LedgerRows.MEDIA_TYPE)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Cadence of every pairing live in the range, per period touching it",
            description = "One JSON object a line, by pairing id (as text) and period, with the figures of /api/cadence: "
                    + "required, held, kept (partner-confirmed, or a dispute dismissed), awaitingConfirmation, disputed, status. "
                    + "The last line is {\"end\":true,\"rows\":n}. At most 3 years.")
    public StreamingOutput cadence(@BeanParam LedgerParams params) {
        return ledger.cadence(params.request(caller));
    }
}
