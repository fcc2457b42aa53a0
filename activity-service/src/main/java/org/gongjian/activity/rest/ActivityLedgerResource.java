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

/** The activity sheet of the ledger (台账), as rows the gateway assembles into the spreadsheet. */
@Path("/api/activities/ledger")
@Tag(name = "Ledger", description = "Rows of the ledger (台账), streamed as NDJSON for the gateway's export")
public class ActivityLedgerResource {

    private final ActivityLedger ledger;
    private final Caller caller;

    ActivityLedgerResource(ActivityLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(LedgerRows.MEDIA_TYPE)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Every activity of a district (or of one organization's pairings) from 'from' to 'to'",
            description = "One JSON object a line, by start time: date, type, place, participants, attendance per organization "
                    + "(lead side first), summary, outcomes, confirmation state, photos; the last line is {\"end\":true,\"rows\":n}. "
                    + "At most 3 years. A secretary gets its own organization's pairings only.")
    public StreamingOutput activities(@BeanParam LedgerParams params) {
        return ledger.activities(params.request(caller));
    }
}
