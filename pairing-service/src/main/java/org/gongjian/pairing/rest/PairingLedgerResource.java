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

/** The pairing sheet of the ledger (台账), as rows the gateway assembles into the spreadsheet. */
@Path("/api/pairings/ledger")
@Tag(name = "Ledger", description = "Rows of the ledger (台账), streamed as NDJSON for the gateway's export")
public class PairingLedgerResource {

    private final PairingLedger ledger;
    private final Caller caller;

    PairingLedgerResource(PairingLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(LedgerRows.MEDIA_TYPE)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Every pairing live from 'from' to 'to' in a district (or of one organization)",
            description = "One JSON object a line, by id as text: members, type, plaque, term, agreement, cadence, latest final "
                    + "evaluation of the range; the last line is {\"end\":true,\"rows\":n}. At most 3 years. A secretary gets "
                    + "its own organization's pairings only.")
    public StreamingOutput pairings(@BeanParam LedgerParams params) {
        return ledger.pairings(params.request(caller));
    }
}
