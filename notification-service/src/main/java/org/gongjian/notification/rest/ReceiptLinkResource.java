package org.gongjian.notification.rest;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gongjian.notification.service.ReceiptService;
import org.gongjian.notification.service.ReceiptService.LinkOutcome;

/**
 * The acknowledgement link of an e-mail: no login, the signed token is the proof. Answers a small Chinese page:
 * 200 acknowledged, 409 when it was already acknowledged (a link acts once), 404 for a token not signed here for
 * that notice's recipient, 410 for an expired one.
 */
@Path("/r")
@PermitAll
@Tag(name = "Receipts")
public class ReceiptLinkResource {

    private final ReceiptService receipts;
    private final Template page;

    ReceiptLinkResource(ReceiptService receipts, @Location("receipt.html") Template page) {
        this.receipts = receipts;
        this.page = page;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Acknowledge a notice from the signed link in its e-mail")
    public Response acknowledge(@PathParam("token") String token) {
        LinkOutcome outcome = receipts.acknowledgeByLink(token);
        int status = switch (outcome) {
            case ACKNOWLEDGED -> 200;
            case ALREADY_ACKNOWLEDGED -> 409;
            case EXPIRED -> 410;
            case INVALID -> 404;
        };
        return Response.status(status).entity(page.data("outcome", outcome.name()).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
