package org.gongjian.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.ReceiptLedger;
import org.gongjian.rest.Caller;
import org.gongjian.rest.LedgerParams;
import org.gongjian.rest.LedgerRows;
import org.gongjian.rest.Role;

/** The receipt sheet of the ledger (台账), as rows the gateway assembles into the spreadsheet. */
@Path("/api/receipts/ledger")
@Tag(name = "Ledger", description = "Rows of the ledger (台账), streamed as NDJSON for the gateway's export")
public class ReceiptLedgerResource {

    private final ReceiptLedger ledger;
    private final Caller caller;

    ReceiptLedgerResource(ReceiptLedger ledger, Caller caller) {
        this.ledger = ledger;
        this.caller = caller;
    }

    @GET
    @Produces(LedgerRows.MEDIA_TYPE)
    @RolesAllowed({Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.BRANCH_SECRETARY})
    @Operation(summary = "Receipts (签收) of every notice sent from 'from' to 'to' that asked for one, per recipient",
            description = "One JSON object a line, by time sent: the notice, its pairing, the organization and the person it "
                    + "went to, whether and when acknowledged; the last line is {\"end\":true,\"rows\":n}. At most 3 years. A "
                    + "secretary gets its own organization's only.")
    public StreamingOutput receipts(@BeanParam LedgerParams params) {
        return ledger.receipts(params.request(caller));
    }
}
